package ingress

import (
	"encoding/binary"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

func sliceToWire(r *jsonReader, dst []byte, t *ir.Type, c byte, depth int) ([]byte, error) {
	if c != '[' {
		return dst, mismatch(wantOf(t), c)
	}
	r.next()
	base := len(dst)
	dst = append(dst, 0)
	n := 0
	for r.more(n == 0) {
		var err error
		if dst, err = toWire(r, dst, t.Elem, depth+1); err != nil {
			return dst, atIndex(err, n)
		}
		n++
	}
	return setLen(dst, base, n), nil
}

func arrayToWire(r *jsonReader, dst []byte, t *ir.Type, c byte, depth int) ([]byte, error) {
	if c != '[' {
		return dst, mismatch(wantOf(t), c)
	}
	r.next()
	n := 0
	for r.more(n == 0) {
		if n == t.Len {
			return dst, &PathError{Msg: "want " + strconv.Itoa(t.Len) + " elements, got more"}
		}
		var err error
		if dst, err = toWire(r, dst, t.Elem, depth+1); err != nil {
			return dst, atIndex(err, n)
		}
		n++
	}
	if n != t.Len {
		return dst, &PathError{Msg: "want " + strconv.Itoa(t.Len) + " elements, got " + strconv.Itoa(n)}
	}
	return dst, nil
}

// mapToWire reads a map: an object when its keys are strings or integers
// (integers written in decimal), else an array of [key, value] pairs.
// Duplicate keys are an error: the wire form of a map has each key once.
func mapToWire(r *jsonReader, dst []byte, t *ir.Type, c byte, depth int) ([]byte, error) {
	keyed := objectKeyed(t.Key)
	if keyed && c != '{' || !keyed && c != '[' {
		return dst, mismatch(wantOf(t), c)
	}
	r.next()
	base := len(dst)
	dst = append(dst, 0)
	var seen keySet
	n := 0
	for r.more(n == 0) {
		start := len(dst)
		var err error
		var name string // the key as written, for messages
		if keyed {
			key := r.key()
			name = string(key)
			if t.Key.Kind == ir.String {
				dst = appendStringBytes(dst, key)
			} else if dst, err = intToWire(dst, key, t.Key.Kind); err != nil {
				return dst, atKey(err, name)
			}
		} else {
			if dst, err = pairKeyToWire(r, dst, t.Key, depth); err != nil {
				return dst, atIndex(err, n)
			}
			name = strconv.Itoa(n)
		}
		if seen.add(dst, start, len(dst)) {
			if keyed {
				return dst, atKey(&PathError{Msg: "duplicate map key"}, name)
			}
			return dst, atIndex(&PathError{Msg: "duplicate map key"}, n)
		}
		if dst, err = toWire(r, dst, t.Elem, depth+1); err != nil {
			if keyed {
				return dst, atKey(err, name)
			}
			return dst, atIndex(atIndex(err, 1), n)
		}
		if !keyed {
			if r.more(false) {
				return dst, atIndex(&PathError{Msg: "want a [key, value] pair, got more than 2 elements"}, n)
			}
		}
		n++
	}
	return setLen(dst, base, n), nil
}

// pairKeyToWire reads the opening of a [key, value] pair and its key, and
// leaves r at the value.
func pairKeyToWire(r *jsonReader, dst []byte, kt *ir.Type, depth int) ([]byte, error) {
	if c := r.peek(); c != '[' {
		return dst, &PathError{Msg: "want a [key, value] pair, got " + tokenKind(c)}
	}
	r.next()
	if !r.more(true) {
		return dst, &PathError{Msg: "want a [key, value] pair, got 0 elements"}
	}
	dst, err := toWire(r, dst, kt, depth+1)
	if err != nil {
		return dst, atIndex(err, 0)
	}
	if !r.more(false) {
		return dst, &PathError{Msg: "want a [key, value] pair, got 1 element"}
	}
	return dst, nil
}

// keySet detects a repeated map key by its encoded bytes.
type keySet struct {
	spans [8][2]int
	n     int
	m     map[string]struct{}
}

// add records dst[start:end] and reports whether it was recorded before.
func (s *keySet) add(dst []byte, start, end int) bool {
	k := dst[start:end]
	if s.m != nil {
		if _, dup := s.m[string(k)]; dup {
			return true
		}
		s.m[string(k)] = struct{}{}
		return false
	}
	for _, sp := range s.spans[:s.n] {
		if string(dst[sp[0]:sp[1]]) == string(k) {
			return true
		}
	}
	if s.n < len(s.spans) {
		s.spans[s.n] = [2]int{start, end}
		s.n++
		return false
	}
	s.m = make(map[string]struct{}, 2*len(s.spans))
	for _, sp := range s.spans {
		s.m[string(dst[sp[0]:sp[1]])] = struct{}{}
	}
	s.m[string(k)] = struct{}{}
	return false
}

type span struct {
	start, end int
	set        bool
}

// structToWire reads an object keyed by the fields' JSON names and writes the
// fields in declaration order. Missing fields are zero values; unknown,
// duplicate and transient fields are errors.
func structToWire(r *jsonReader, dst []byte, t *ir.Type, c byte, depth int) ([]byte, error) {
	if c != '{' {
		return dst, mismatch(wantOf(t), c)
	}
	r.next()
	base := len(dst)
	var buf [16]span
	var spans []span
	if len(t.Fields) <= len(buf) {
		spans = buf[:len(t.Fields)]
	} else {
		spans = make([]span, len(t.Fields))
	}
	inOrder, next := true, nextField(t, 0)
	for first := true; r.more(first); first = false {
		key := r.key()
		i := fieldIndex(t, key)
		if i < 0 {
			return dst, unknownField(t, string(key))
		}
		f := t.Fields[i]
		if spans[i].set {
			return dst, atField(&PathError{Msg: "duplicate field"}, f.JSONName)
		}
		if i != next {
			inOrder = false
		}
		start := len(dst)
		var err error
		if dst, err = toWire(r, dst, f.Type, depth+1); err != nil {
			return dst, atField(err, f.JSONName)
		}
		spans[i] = span{start, len(dst), true}
		next = nextField(t, i+1)
	}
	if inOrder {
		// The fields present are a prefix of the state fields, in order.
		for i := next; i < len(t.Fields); i++ {
			if !t.Fields[i].Transient {
				dst = appendZero(dst, t.Fields[i].Type)
			}
		}
		return dst, nil
	}
	tmp := append([]byte(nil), dst[base:]...)
	dst = dst[:base]
	for i, f := range t.Fields {
		switch {
		case f.Transient:
		case spans[i].set:
			dst = append(dst, tmp[spans[i].start-base:spans[i].end-base]...)
		default:
			dst = appendZero(dst, f.Type)
		}
	}
	return dst, nil
}

// nextField returns the index of the first state field at or after i.
func nextField(t *ir.Type, i int) int {
	for i < len(t.Fields) && t.Fields[i].Transient {
		i++
	}
	return i
}

// fieldIndex returns the index of the state field named key in JSON, or -1.
func fieldIndex(t *ir.Type, key []byte) int {
	for i, f := range t.Fields {
		if !f.Transient && f.JSONName == string(key) {
			return i
		}
	}
	return -1
}

func unknownField(t *ir.Type, key string) error {
	var names []string
	for _, f := range t.Fields {
		if !f.Transient {
			names = append(names, f.JSONName)
		}
	}
	what := t.Name
	if what == "" {
		what = "the struct"
	}
	msg := "unknown field " + strconv.Quote(key) + " (" + what + " has "
	if len(names) == 0 {
		msg += "no fields)"
	} else {
		msg += strings.Join(names, ", ") + ")"
	}
	return &PathError{Msg: msg}
}

func appendStringBytes(dst, s []byte) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(s)))
	return append(dst, s...)
}
