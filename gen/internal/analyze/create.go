package analyze

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/stateflow-go/stateflow/ir"
)

// compositeLit reports a composite literal of an entity type outside that
// entity's constructor: entities are created by their constructor.
func (w *walker) compositeLit(n *ast.CompositeLit) {
	if e := w.a.entityValue(w.a.info.TypeOf(n)); e != nil && w.ctor != e {
		w.reportCreate(n.Pos(), e)
	}
}

func (w *walker) reportCreate(pos token.Pos, e *entity) {
	if e.ir.Constructor != nil {
		w.a.errorf(pos, "create %s with %s", e.name, e.ir.Constructor.Name)
		return
	}
	w.a.errorf(pos, "create %s with a constructor New%s: only there can a value of an entity be built", e.name, e.name)
}

// call checks calls: constructors (remote creations), new(E), and the
// builtins that modify their first argument.
func (w *walker) call(n *ast.CallExpr) {
	if fn := typeutil.StaticCallee(w.a.info, n); fn != nil {
		if e := w.a.ctors[fn]; e != nil {
			w.record(ir.CreateEntity, e, fn.Name(), n.Pos(), n)
		}
		return
	}
	id, ok := ast.Unparen(n.Fun).(*ast.Ident)
	if !ok {
		return
	}
	b, ok := w.a.info.Uses[id].(*types.Builtin)
	if !ok || len(n.Args) == 0 {
		return
	}
	switch b.Name() {
	case "new":
		if e := w.a.entityValue(w.a.info.TypeOf(n.Args[0])); e != nil && w.ctor != e {
			w.reportCreate(n.Pos(), e)
		}
	case "delete", "clear", "copy":
		w.markWrite(n.Args[0], "modify")
	}
}

// constructorValue reports a constructor used other than by calling it.
func (w *walker) constructorValue(id *ast.Ident) {
	fn, ok := w.a.info.Uses[id].(*types.Func)
	if !ok || w.a.ctors[fn] == nil || w.called() {
		return
	}
	w.a.errorf(id.Pos(), "constructor %s used as a value: call it", fn.Name())
}

// entityValue returns the entity E when t is E (a value, not a reference).
func (a *analyzer) entityValue(t types.Type) *entity {
	if t == nil {
		return nil
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return a.byObj[n.Obj()]
	}
	return nil
}

// newValues finds, in a constructor, the variables that hold the entity
// being built: declared from &E{...} or new(E) and never assigned again nor
// addressed. Their selections are local, like a receiver's.
func (w *walker) newValues(body *ast.BlockStmt) map[types.Object]bool {
	cands, other := map[types.Object]bool{}, map[types.Object]bool{}
	isNew := func(x ast.Expr) bool {
		switch x := ast.Unparen(x).(type) {
		case *ast.UnaryExpr:
			lit, ok := ast.Unparen(x.X).(*ast.CompositeLit)
			return ok && x.Op == token.AND && w.a.entityValue(w.a.info.TypeOf(lit)) == w.ctor
		case *ast.CallExpr:
			id, ok := ast.Unparen(x.Fun).(*ast.Ident)
			b, isB := w.a.info.Uses[id].(*types.Builtin)
			return ok && isB && b.Name() == "new" && len(x.Args) == 1 && w.a.entityValue(w.a.info.TypeOf(x.Args[0])) == w.ctor
		}
		return false
	}
	define := func(id *ast.Ident, value ast.Expr) {
		if obj := w.a.info.Defs[id]; obj != nil && isNew(value) {
			cands[obj] = true
		} else if obj := w.a.info.Uses[id]; obj != nil {
			other[obj] = true
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, ok := ast.Unparen(l).(*ast.Ident)
				switch {
				case !ok:
				case n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs):
					define(id, n.Rhs[i])
				default:
					if obj := w.a.info.Uses[id]; obj != nil {
						other[obj] = true
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if len(n.Values) == len(n.Names) {
					define(id, n.Values[i])
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				if obj := w.a.info.Uses[id]; obj != nil {
					other[obj] = true
				}
			}
		case *ast.RangeStmt:
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if id, ok := x.(*ast.Ident); ok && n.Tok == token.ASSIGN {
					other[w.a.info.Uses[id]] = true
				}
			}
		}
		return true
	})
	for obj := range other {
		delete(cands, obj)
	}
	return cands
}
