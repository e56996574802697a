package analyze

import (
	"go/types"

	"github.com/stateflow-go/stateflow/ir"
)

// convertNamed converts a named type. time.Time and time.Duration are IR
// kinds of their own; types of packages sync and sync/atomic, entity values,
// entities of other packages, instantiated generic types and interfaces are
// rejected; any other named type is converted once, from its underlying
// type, keeping its name.
func (m *typeMap) convertNamed(n *types.Named, u usage) (*ir.Type, []string) {
	obj := n.Obj()
	path := ""
	if obj.Pkg() != nil {
		path = obj.Pkg().Path()
	}
	switch {
	case path == "time" && obj.Name() == "Time":
		return m.node(n, ir.Time), nil
	case path == "time" && obj.Name() == "Duration":
		return m.node(n, ir.Duration), nil
	case path == "sync" || path == "sync/atomic":
		return nil, m.reject(n, "types of package "+path+" cannot be stored")
	case m.a.byObj[obj] != nil:
		return nil, []string{obj.Name() + " is an entity: use *" + obj.Name() + ", a reference"}
	case m.a.foreign.is(n):
		return nil, m.reject(n, "references to entities of another package are not supported")
	case n.TypeArgs().Len() > 0:
		return nil, m.reject(n, "generic types are not supported")
	}
	if _, ok := n.Underlying().(*types.Interface); ok {
		return nil, m.reject(n, interfaceReason(u))
	}
	if nt := m.named[n]; nt != nil {
		if nt.probs != nil {
			return nil, nt.probs
		}
		return nt.t, nil // possibly still being built: a recursive type
	}
	nt := &namedType{t: &ir.Type{Name: obj.Name(), PkgPath: path}}
	m.named[n] = nt
	if s, ok := n.Underlying().(*types.Struct); ok {
		// Fields declared in this package are reported where they are
		// declared; those of a struct type of another package (also when
		// this package defines a type from it) at the use.
		local := !m.frame && obj.Pkg() == m.a.tpkg && (s.NumFields() == 0 || s.Field(0).Pkg() == m.a.tpkg)
		fields, probs := m.structFields(s, m.a.typeString(n), local)
		nt.t.Kind, nt.t.Fields, nt.probs = ir.Struct, fields, probs
	} else {
		// Named types share the struct of the analysis of their content:
		// in-state usage, so that each named type is converted once.
		ut, probs := m.convert(n.Underlying(), inState)
		if probs != nil {
			nt.probs = m.within(n, probs)
		} else {
			nt.t.Kind, nt.t.Elem, nt.t.Key, nt.t.Len, nt.t.Fields, nt.t.Entity = ut.Kind, ut.Elem, ut.Key, ut.Len, ut.Fields, ut.Entity
		}
	}
	if nt.probs != nil {
		return nil, nt.probs
	}
	nt.t.GoExpr = m.goExpr(n)
	return nt.t, nil
}
