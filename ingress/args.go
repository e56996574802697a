package ingress

import (
	"errors"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// paramName returns the JSON name of m's i-th parameter: its Go name, or
// "argN" (N its position) for an unnamed or blank one.
func paramName(m *ir.Method, i int) string {
	if n := m.Params[i].Name; n != "" && n != "_" {
		return n
	}
	return "arg" + strconv.Itoa(i)
}

// argError turns a transcoding failure inside parameter param into an
// *stateflow.ArgError whose Param is the full path, as in `items[2]`.
func argError(param string, err error) error {
	var pe *PathError
	if errors.As(err, &pe) {
		p := pe.Path
		if param == "" {
			p = strings.TrimPrefix(p, ".")
		}
		return &stateflow.ArgError{Param: param + p, Err: errors.New(pe.Msg)}
	}
	return &stateflow.ArgError{Param: param, Err: err}
}

// isBlank reports whether body holds nothing but white space.
func isBlank(body []byte) bool {
	for _, c := range body {
		if !isSpace(c) {
			return false
		}
	}
	return true
}

// argsToWire transcodes the body of a create or call, a JSON object of
// parameters by name, to the wire encoding of m's parameters. A blank body
// is an empty object. Every parameter is required except a variadic one,
// which is nil when absent. Failures are *stateflow.ArgError.
func argsToWire(dst []byte, m *ir.Method, body []byte) ([]byte, error) {
	if isBlank(body) {
		body = []byte("{}")
	}
	r, err := newJSONReader(body)
	if err != nil {
		return dst, argError("", err)
	}
	if c := r.peek(); c != '{' {
		return dst, argError("", &PathError{Msg: "want a JSON object of parameters, got " + tokenKind(c)})
	}
	r.next()
	base := len(dst)
	var buf [8]span
	var spans []span
	if len(m.Params) <= len(buf) {
		spans = buf[:len(m.Params)]
	} else {
		spans = make([]span, len(m.Params))
	}
	inOrder, next := true, 0
	for first := true; r.more(first); first = false {
		key := r.key()
		i := paramIndex(m, key)
		if i < 0 {
			return dst, argError(string(key), &PathError{Msg: "no such parameter (" + paramList(m) + ")"})
		}
		if spans[i].set {
			return dst, argError(string(key), &PathError{Msg: "given twice"})
		}
		if i != next {
			inOrder = false
		}
		start := len(dst)
		if dst, err = toWire(&r, dst, m.Params[i].Type, 1); err != nil {
			return dst, argError(string(key), err)
		}
		spans[i] = span{start, len(dst), true}
		next = i + 1
	}
	for i := range m.Params {
		if !spans[i].set && !(m.Variadic && i == len(m.Params)-1) {
			return dst, argError(paramName(m, i), &PathError{Msg: "missing"})
		}
	}
	if inOrder && next == len(m.Params) {
		return dst, nil
	}
	tmp := append([]byte(nil), dst[base:]...)
	dst = dst[:base]
	for i := range m.Params {
		if s := spans[i]; s.set {
			dst = append(dst, tmp[s.start-base:s.end-base]...)
		} else {
			dst = append(dst, 0) // an absent variadic parameter: a nil slice
		}
	}
	return dst, nil
}

func paramIndex(m *ir.Method, key []byte) int {
	for i := range m.Params {
		if paramName(m, i) == string(key) {
			return i
		}
	}
	return -1
}

// paramList describes m's parameters for a message.
func paramList(m *ir.Method) string {
	if len(m.Params) == 0 {
		return m.Name + " takes none"
	}
	names := make([]string, len(m.Params))
	for i := range m.Params {
		names[i] = paramName(m, i)
	}
	return m.Name + " takes " + strings.Join(names, ", ")
}

// argsToJSON transcodes the wire encoding of m's parameters to a JSON object
// of parameters by name. Failures are *stateflow.ArgError.
func argsToJSON(dst []byte, m *ir.Method, args []byte) ([]byte, error) {
	d := wire.NewDecoder(args)
	dst = append(dst, '{')
	for i, p := range m.Params {
		if i > 0 {
			dst = append(dst, ',')
		}
		name := paramName(m, i)
		dst = appendJSONString(dst, name)
		dst = append(dst, ':')
		var err error
		if dst, err = toJSON(&d, dst, p.Type, 1); err != nil {
			return dst, argError(name, err)
		}
	}
	if err := d.Finish(); err != nil {
		return dst, argError("", err)
	}
	return append(dst, '}'), nil
}

// resultsToJSON transcodes the wire encoding of m's results to the body of
// a call's answer: {} without results, {"result": v} with one, and
// {"result": [v1, v2, ...]} with several.
func resultsToJSON(dst []byte, m *ir.Method, results []byte) ([]byte, error) {
	if len(m.Results) == 0 {
		if len(results) != 0 {
			return dst, &PathError{Msg: strconv.Itoa(len(results)) + " bytes of results where none are declared"}
		}
		return append(dst, "{}"...), nil
	}
	d := wire.NewDecoder(results)
	dst = append(dst, `{"result":`...)
	several := len(m.Results) > 1
	if several {
		dst = append(dst, '[')
	}
	for i, p := range m.Results {
		if i > 0 {
			dst = append(dst, ',')
		}
		var err error
		if dst, err = toJSON(&d, dst, p.Type, 1); err != nil {
			if several {
				err = atIndex(err, i)
			}
			return dst, prefix(err, "result")
		}
	}
	if err := d.Finish(); err != nil {
		return dst, &PathError{Path: "result", Msg: err.Error()}
	}
	if several {
		dst = append(dst, ']')
	}
	return append(dst, '}'), nil
}

// resultsToWire reads the body written by resultsToJSON back into the wire
// encoding of m's results.
func resultsToWire(dst []byte, m *ir.Method, body []byte) ([]byte, error) {
	r, err := newJSONReader(body)
	if err != nil {
		return dst, err
	}
	if c := r.peek(); c != '{' {
		return dst, &PathError{Msg: "want a JSON object, got " + tokenKind(c)}
	}
	r.next()
	found := false
	for first := true; r.more(first); first = false {
		if key := r.key(); string(key) != "result" || found {
			return dst, &PathError{Msg: "unexpected member " + strconv.Quote(string(key))}
		}
		found = true
		if len(m.Results) == 0 {
			return dst, &PathError{Msg: "result where none is declared"}
		}
		if dst, err = resultValues(&r, dst, m); err != nil {
			return dst, prefix(err, "result")
		}
	}
	if !found && len(m.Results) > 0 {
		return dst, &PathError{Msg: "missing result"}
	}
	return dst, nil
}

func resultValues(r *jsonReader, dst []byte, m *ir.Method) ([]byte, error) {
	if len(m.Results) == 1 {
		return toWire(r, dst, m.Results[0].Type, 1)
	}
	if c := r.peek(); c != '[' {
		return dst, mismatch("array of "+strconv.Itoa(len(m.Results))+" results", c)
	}
	r.next()
	n := 0
	for r.more(n == 0) {
		if n == len(m.Results) {
			return dst, &PathError{Msg: "more than " + strconv.Itoa(len(m.Results)) + " results"}
		}
		var err error
		if dst, err = toWire(r, dst, m.Results[n].Type, 1); err != nil {
			return dst, atIndex(err, n)
		}
		n++
	}
	if n != len(m.Results) {
		return dst, &PathError{Msg: "want " + strconv.Itoa(len(m.Results)) + " results, got " + strconv.Itoa(n)}
	}
	return dst, nil
}
