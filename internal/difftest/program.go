package difftest

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/ingress"
	"github.com/stateflow-go/stateflow/ir"
)

// Program is one compiled program and its scenario, as the driver that the
// test generates describes it.
type Program struct {
	Name     string
	Scenario string
	// IR returns the compiled program (the generated StateflowProgram).
	IR func() *ir.Program
	// Entities maps each entity's name to its struct type.
	Entities map[string]reflect.Type
	// Constructors maps entity names to their constructor functions.
	Constructors map[string]any
	// TakeNotes returns the notes the program recorded since the last call
	// and forgets them.
	TakeNotes func() []string
	// OnCreate sets the function told about every entity value a
	// constructor returns (nil: nobody).
	OnCreate func(func(entity string, v any))
}

// paramName returns the JSON name of m's i-th parameter, as ingress names
// it: its Go name, or "argN" for an unnamed or blank one.
func paramName(m *ir.Method, i int) string {
	if n := m.Params[i].Name; n != "" && n != "_" {
		return n
	}
	return "arg" + strconv.Itoa(i)
}

// callArgs encodes the JSON object of parameters by name as m's encoded
// arguments. An absent variadic parameter is a nil slice.
func callArgs(m *ir.Method, body []byte) ([]byte, error) {
	byName, err := paramsByName(body)
	if err != nil {
		return nil, fmt.Errorf("parameters of %s: %w", m.Name, err)
	}
	var out []byte
	for i, p := range m.Params {
		name := paramName(m, i)
		raw, ok := byName[name]
		delete(byName, name)
		if !ok {
			if m.Variadic && i == len(m.Params)-1 {
				out = append(out, 0)
				continue
			}
			return nil, fmt.Errorf("%s: parameter %s missing", m.Name, name)
		}
		if out, err = ingress.AppendWire(out, p.Type, raw); err != nil {
			return nil, fmt.Errorf("%s: parameter %s: %w", m.Name, name, err)
		}
	}
	if len(byName) > 0 {
		names := slices.Sorted(maps.Keys(byName))
		return nil, fmt.Errorf("%s has no parameter %s", m.Name, strings.Join(names, ", "))
	}
	return out, nil
}

// ctorArgs encodes positional constructor arguments.
func ctorArgs(m *ir.Method, args []json.RawMessage) ([]byte, error) {
	n := len(m.Params)
	if len(args) != n && !(m.Variadic && len(args) == n-1) {
		return nil, fmt.Errorf("%s takes %d arguments, the scenario gives %d", m.Name, n, len(args))
	}
	var out []byte
	for i, p := range m.Params {
		if i == len(args) {
			out = append(out, 0)
			break
		}
		var err error
		if out, err = ingress.AppendWire(out, p.Type, args[i]); err != nil {
			return nil, fmt.Errorf("%s: argument %d (%s): %w", m.Name, i+1, paramName(m, i), err)
		}
	}
	return out, nil
}

// resultsType is a struct type whose fields are m's results, so that
// ingress.AppendJSON shows encoded results as one JSON object.
func resultsType(m *ir.Method) *ir.Type {
	t := &ir.Type{Kind: ir.Struct}
	for i, r := range m.Results {
		name := r.Name
		if name == "" || name == "_" {
			name = "r" + strconv.Itoa(i)
		}
		t.Fields = append(t.Fields, &ir.Field{Name: name, JSONName: name, Type: r.Type})
	}
	return t
}

// showJSON renders encoded data of type t as JSON, or describes why it
// cannot.
func showJSON(t *ir.Type, data []byte) string {
	out, err := ingress.AppendJSON(nil, t, data)
	if err != nil {
		return fmt.Sprintf("<%d bytes that are not a %s: %v>", len(data), t, err)
	}
	return string(out)
}

// stateArg encodes the JSON state of an entity.
func stateArg(e *ir.Entity, body []byte) ([]byte, error) {
	out, err := ingress.AppendWire(nil, e.State, body)
	if err != nil {
		return nil, fmt.Errorf("state of %s: %w", e.Name, err)
	}
	return out, nil
}
