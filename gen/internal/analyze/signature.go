package analyze

import (
	"fmt"
	"go/token"
	"go/types"

	"github.com/stateflow-go/stateflow/ir"
)

// params converts the parameters of an operation or constructor (what names
// it: "Item.SetStock", "NewItem"). Parameters must be named: HTTP passes
// them by name. A variadic parameter ...T has the IR type []T.
func (a *analyzer) params(m *ir.Method, sig *types.Signature, what string, at token.Pos) {
	m.Variadic = sig.Variadic()
	ps := sig.Params()
	for i := range ps.Len() {
		v := ps.At(i)
		pos := v.Pos()
		if !pos.IsValid() {
			pos = at
		}
		name := v.Name()
		switch name {
		case "":
			a.errorf(pos, "parameter %d of %s has no name: parameters are passed by name", i+1, what)
		case "_":
			a.errorf(pos, "parameter %d of %s is named _: parameters are passed by name", i+1, what)
		}
		a.paramType(m, v.Type(), name, i, what, pos)
	}
}

// paramTypes converts the parameters of an internal method, which are
// passed by position: they may be unnamed.
func (a *analyzer) paramTypes(m *ir.Method, sig *types.Signature, what string, at token.Pos) {
	m.Variadic = sig.Variadic()
	ps := sig.Params()
	for i := range ps.Len() {
		v := ps.At(i)
		pos := v.Pos()
		if !pos.IsValid() {
			pos = at
		}
		name := v.Name()
		if name == "_" {
			name = ""
		}
		a.paramType(m, v.Type(), name, i, what, pos)
	}
}

func (a *analyzer) paramType(m *ir.Method, t types.Type, name string, i int, what string, pos token.Pos) {
	it, probs := a.types.convert(t, inSignature)
	for _, p := range probs {
		a.errorf(pos, "parameter %s of %s: %s", paramName(name, i), what, p)
	}
	m.Params = append(m.Params, &ir.Param{Name: name, Type: it})
}

// results converts the results of an operation: a last result of type error
// is the operation's error (Method.Error), any other error result is
// rejected.
func (a *analyzer) results(m *ir.Method, sig *types.Signature, what string, at token.Pos) {
	rs := sig.Results()
	for i := range rs.Len() {
		v := rs.At(i)
		pos := v.Pos()
		if !pos.IsValid() {
			pos = at
		}
		if isError(v.Type()) {
			if i == rs.Len()-1 {
				m.Error = true
			} else {
				a.errorf(pos, "result %s of %s: error is allowed only as the last result", paramName(v.Name(), i), what)
			}
			continue
		}
		t, probs := a.types.convert(v.Type(), inSignature)
		for _, p := range probs {
			a.errorf(pos, "result %s of %s: %s", paramName(v.Name(), i), what, p)
		}
		name := v.Name()
		if name == "_" {
			name = ""
		}
		m.Results = append(m.Results, &ir.Param{Name: name, Type: t})
	}
}

// paramName names a parameter or result in messages: its name, else its
// position (1-based).
func paramName(name string, i int) string {
	if name == "" || name == "_" {
		return fmt.Sprint(i + 1)
	}
	return name
}

// isError reports whether t is the predeclared error type.
func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}
