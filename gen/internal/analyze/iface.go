package analyze

import (
	"go/ast"
	"go/types"
	"strings"
)

// Interface conversions. A reference converted to an interface whose method
// set includes operations of the entity would let the program call those
// operations through the interface, where no remote call can be seen; such
// conversions are rejected. Conversions to interfaces without operations
// (any, fmt.Stringer for an entity with no String operation) are fine.
//
// The conversions checked are Go's assignability sites: explicit
// conversions, call arguments, assignments, variable declarations, return
// statements, composite literal elements, channel sends, and type arguments
// of generic functions and types whose constraint names operations.

// convertTo checks the conversion of x to target.
func (w *walker) convertTo(x ast.Expr, target types.Type) {
	if target == nil {
		return
	}
	it, ok := target.Underlying().(*types.Interface)
	if !ok {
		return
	}
	e := w.a.refEntity(w.a.info.TypeOf(x))
	if e == nil || w.isLocal(x) {
		return
	}
	if ops := e.opsIn(it); ops != "" {
		w.a.errorf(x.Pos(), "converting *%s to %s is not supported: its operations (%s) would be called through the interface, not remotely",
			e.name, w.a.typeString(target), ops)
	}
}

// opsIn lists the operations of e that the interface has.
func (e *entity) opsIn(it *types.Interface) string {
	var ops []string
	for i := range it.NumMethods() {
		if _, ok := e.ops[it.Method(i).Name()]; ok {
			ops = append(ops, it.Method(i).Name())
		}
	}
	return strings.Join(ops, ", ")
}

func (w *walker) convertArgs(n *ast.CallExpr) {
	tv, ok := w.a.info.Types[n.Fun]
	if !ok {
		return
	}
	if tv.IsType() {
		if len(n.Args) == 1 {
			w.convertTo(n.Args[0], tv.Type)
		}
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok {
		return
	}
	ps := sig.Params()
	for i, arg := range n.Args {
		switch {
		case sig.Variadic() && i >= ps.Len()-1:
			if !n.Ellipsis.IsValid() {
				if s, ok := ps.At(ps.Len() - 1).Type().Underlying().(*types.Slice); ok {
					w.convertTo(arg, s.Elem())
				}
			}
		case i < ps.Len():
			w.convertTo(arg, ps.At(i).Type())
		}
	}
}

func (w *walker) convertElems(n *ast.CompositeLit) {
	t := w.a.info.TypeOf(n)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := w.a.info.Uses[id].(*types.Var); ok {
						w.convertTo(kv.Value, f.Type())
					}
				}
			} else if i < u.NumFields() {
				w.convertTo(elt, u.Field(i).Type())
			}
		}
	case *types.Slice:
		w.convertValues(n.Elts, u.Elem())
	case *types.Array:
		w.convertValues(n.Elts, u.Elem())
	case *types.Map:
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				w.convertTo(kv.Key, u.Key())
				w.convertTo(kv.Value, u.Elem())
			}
		}
	}
}

func (w *walker) convertValues(elts []ast.Expr, elem types.Type) {
	for _, elt := range elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		w.convertTo(elt, elem)
	}
}

func (w *walker) convertAssign(n *ast.AssignStmt) {
	if len(n.Lhs) != len(n.Rhs) {
		return
	}
	for i, l := range n.Lhs {
		w.convertTo(n.Rhs[i], w.a.info.TypeOf(l))
	}
}

func (w *walker) convertSpec(n *ast.ValueSpec) {
	if n.Type == nil {
		return
	}
	for _, v := range n.Values {
		w.convertTo(v, w.a.info.TypeOf(n.Type))
	}
}

func (w *walker) convertReturn(n *ast.ReturnStmt) {
	sig := w.sig
	for i := len(w.stack) - 1; i >= 0; i-- {
		if lit, ok := w.stack[i].(*ast.FuncLit); ok {
			sig, _ = w.a.info.TypeOf(lit).(*types.Signature)
			break
		}
	}
	if sig == nil || sig.Results().Len() != len(n.Results) {
		return
	}
	for i, r := range n.Results {
		w.convertTo(r, sig.Results().At(i).Type())
	}
}

func (w *walker) convertSend(n *ast.SendStmt) {
	if ch, ok := w.a.info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
		w.convertTo(n.Value, ch.Elem())
	}
}

// instance checks the type arguments of an instantiated generic function
// or type: a reference as the argument of a type parameter whose constraint
// has operations of its entity is an interface conversion in disguise.
func (w *walker) instance(id *ast.Ident) {
	inst, ok := w.a.info.Instances[id]
	if !ok {
		return
	}
	var tparams *types.TypeParamList
	switch obj := w.a.info.Uses[id].(type) {
	case *types.Func:
		tparams = obj.Signature().TypeParams()
	case *types.TypeName:
		if n, ok := obj.Type().(*types.Named); ok {
			tparams = n.TypeParams()
		}
	}
	for i := range inst.TypeArgs.Len() {
		e := w.a.refEntity(inst.TypeArgs.At(i))
		if e == nil || tparams == nil || i >= tparams.Len() {
			continue
		}
		if it, ok := tparams.At(i).Constraint().Underlying().(*types.Interface); ok {
			if ops := e.opsIn(it); ops != "" {
				w.a.errorf(id.Pos(), "instantiating %s with *%s is not supported: its constraint calls operations (%s), which would not be remote",
					id.Name, e.name, ops)
			}
		}
	}
}
