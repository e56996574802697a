package analyze

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// access is a selection that reaches into another entity: a field read or
// write, or a method, of a reference that is not the receiver itself.
type access struct {
	e *entity
	// path are the fields selected inside the entity: the embedded fields a
	// promoted member goes through, then the field read (none for a method).
	path   []*types.Var
	method *types.Func // the method selected, nil for a field
	// viaRef names an embedded reference inside the entity that the
	// selection goes through (another remote hop).
	viaRef string
	// via are the embedded fields from se.X to the reference, when the
	// reference is an embedded field ("Item" in t.Price for t of a type
	// embedding *Item).
	via []string
}

// remote resolves a field or method selection. The reference is se.X when it
// has type *E and is not local, or an embedded *E field that the selection
// goes through implicitly.
func (w *walker) remote(se *ast.SelectorExpr, sel *types.Selection) (access, bool) {
	idx := sel.Index()
	start, e := -1, (*entity)(nil)
	var via []string
	if re := w.a.refEntity(sel.Recv()); re != nil && !w.isLocal(se.X) {
		start, e = 0, re
	} else {
		cur := sel.Recv()
		for k := 0; k < len(idx)-1; k++ {
			f := fieldAt(cur, idx[k])
			if f == nil {
				return access{}, false
			}
			via = append(via, f.Name())
			cur = f.Type()
			if re := w.a.refEntity(cur); re != nil {
				start, e = k+1, re
				break
			}
		}
	}
	if e == nil {
		return access{}, false
	}
	acc := access{e: e, via: via}
	cur := types.Type(e.named)
	rem := idx[start:]
	for k := 0; k < len(rem)-1; k++ {
		f := fieldAt(cur, rem[k])
		if f == nil {
			return access{}, false
		}
		acc.path = append(acc.path, f)
		cur = f.Type()
		if w.a.refEntity(cur) != nil && acc.viaRef == "" {
			acc.viaRef = f.Name()
		}
	}
	switch obj := sel.Obj().(type) {
	case *types.Var:
		acc.path = append(acc.path, obj)
	case *types.Func:
		acc.method = obj
	}
	return acc, true
}

// fieldAt returns field i of the struct that t (or *t) is.
func fieldAt(t types.Type, i int) *types.Var {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok || i >= s.NumFields() {
		return nil
	}
	return s.Field(i)
}

// selector checks a selection x.f.
func (w *walker) selector(se *ast.SelectorExpr) {
	sel := w.a.info.Selections[se]
	if sel == nil {
		return // a qualified identifier
	}
	switch sel.Kind() {
	case types.MethodExpr:
		if e := w.a.entityOf(sel.Recv()); e != nil && sel.Obj().Name() != "Key" {
			w.a.errorf(se.Pos(), "method expression %s of entity %s is not supported: call the method on a reference",
				w.a.typeString(sel.Recv())+"."+sel.Obj().Name(), e.name)
		}
		return
	case types.MethodVal:
		// A pointer method called on an addressable value takes its address.
		if _, ptr := sel.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer); ptr {
			if _, isPtr := types.Unalias(sel.Recv()).Underlying().(*types.Pointer); !isPtr {
				w.markWrite(se.X, "modify")
			}
		}
	}
	if sel.Kind() == types.MethodVal {
		w.selfMethod(se, sel)
	}
	acc, ok := w.remote(se, sel)
	if !ok {
		return
	}
	if acc.method != nil {
		w.remoteMethod(se, acc)
	} else {
		w.remoteField(se, acc)
	}
}

// remoteMethod checks a method selected on a reference: a call of an
// operation is recorded, anything else reported.
func (w *walker) remoteMethod(se *ast.SelectorExpr, acc access) {
	name, e := acc.method.Name(), acc.e
	switch {
	case name == "Key" && len(acc.path) == 0:
		// Local: the key is in the address.
	case !w.called():
		w.a.errorf(se.Sel.Pos(), "method value %s.%s of a reference is not supported: call the method", e.name, name)
	case acc.viaRef != "":
		w.a.errorf(se.Sel.Pos(), "call of %s through the embedded reference %s of %s is not supported: select %s explicitly",
			name, acc.viaRef, e.name, acc.viaRef)
	case len(acc.path) > 0:
		w.a.errorf(se.Sel.Pos(), "%s.%s is promoted from %s: only methods declared on %s are operations",
			e.name, name, acc.path[0].Name(), e.name)
	case !acc.method.Exported():
		w.a.errorf(se.Sel.Pos(), "cannot call unexported method %s of another %s: only exported methods are operations", name, e.name)
	default:
		p, _ := w.parent()
		w.record(ir.CallMethod, e, name, se.Sel.Pos(), p)
		w.setVia(p, acc)
	}
}

// remoteField checks a field selected on a reference: a read is a state
// request, a write is reported.
func (w *walker) remoteField(se *ast.SelectorExpr, acc access) {
	names := make([]string, len(acc.path))
	for i, f := range acc.path {
		names[i] = f.Name()
	}
	member, e := strings.Join(names, "."), acc.e
	switch {
	case w.writes[se] != "":
		w.a.errorf(se.Sel.Pos(), "cannot %s field %s of another %s: call a method instead", w.writes[se], member, e.name)
	case acc.viaRef != "":
		w.a.errorf(se.Sel.Pos(), "read of %s through the embedded reference %s of %s is not supported: select %s explicitly",
			member, acc.viaRef, e.name, acc.viaRef)
	case member == e.ir.KeyField:
		// Local: the key is in the address.
	default:
		w.record(ir.ReadField, e, member, se.Sel.Pos(), se)
		w.setVia(se, acc)
	}
}

// markWrite marks the remote field selection that an assignment to x (or
// its address, or a modification) writes into, if any: x itself, or the
// field that x indexes, dereferences or selects into.
func (w *walker) markWrite(x ast.Expr, verb string) {
	for x != nil {
		switch e := ast.Unparen(x).(type) {
		case *ast.IndexExpr:
			x = e.X
		case *ast.StarExpr:
			x = e.X
		case *ast.SelectorExpr:
			sel := w.a.info.Selections[e]
			if sel == nil || sel.Kind() != types.FieldVal {
				return
			}
			if _, ok := w.remote(e, sel); ok {
				w.writes[e] = verb
				return
			}
			x = e.X
		default:
			return
		}
	}
}

// deref reports *r for a reference r: it would copy another entity's state.
func (w *walker) deref(n *ast.StarExpr) {
	if tv, ok := w.a.info.Types[n]; !ok || !tv.IsValue() {
		return // a type
	}
	if e := w.a.refEntity(w.a.info.TypeOf(n.X)); e != nil && !w.isLocal(n.X) {
		w.a.errorf(n.Pos(), "cannot dereference a reference to another %s: read its fields or call its methods", e.name)
	}
}

// setVia notes on the suspension point of node the embedded fields that
// lead to its reference.
func (w *walker) setVia(node ast.Node, acc access) {
	if w.body == nil || len(acc.via) == 0 {
		return
	}
	if sp := w.body.sps[node]; sp != nil {
		sp.Via = strings.Join(acc.via, ".")
	}
}
