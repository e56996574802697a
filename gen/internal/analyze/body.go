package analyze

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/stateflow-go/stateflow/gen/internal/split"
	"github.com/stateflow-go/stateflow/ir"
)

// walker checks one function body (or package-level initializer) for the
// interactions with other entities: remote calls, field reads and writes,
// creations, method values and interface conversions of references.
type walker struct {
	a      *analyzer
	where  string                       // names the function in messages
	sig    *types.Signature             // the function's signature, nil for initializers
	recv   *types.Var                   // the receiver of an entity's method
	method *ir.Method                   // collects the calls of an operation or constructor
	body   *body                        // the suspension points of an entity's method
	ctor   *entity                      // the entity whose constructor this is
	locals map[types.Object]bool        // the constructor's new entity values
	writes map[*ast.SelectorExpr]string // remote field selections written to, with the verb
	stack  []ast.Node
}

// checkBodies walks every function body and package-level variable
// initializer of the package.
func (a *analyzer) checkBodies() {
	for _, f := range a.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				fn, _ := a.info.Defs[d.Name].(*types.Func)
				if fn == nil || d.Body == nil {
					continue
				}
				w := a.newWalker(fn)
				w.walk(d.Body)
				if w.method != nil {
					slices.SortStableFunc(w.method.Calls, func(x, y *ir.Call) int {
						if x.Pos.Line != y.Pos.Line {
							return x.Pos.Line - y.Pos.Line
						}
						return x.Pos.Col - y.Pos.Col
					})
				}
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, s := range d.Specs {
					w := &walker{a: a, where: "a package-level variable", writes: map[*ast.SelectorExpr]string{}}
					w.walk(s)
				}
			}
		}
	}
}

// newWalker prepares the walk of fn's body.
func (a *analyzer) newWalker(fn *types.Func) *walker {
	sig := fn.Signature()
	w := &walker{a: a, sig: sig, method: a.methods[fn], ctor: a.ctors[fn], writes: map[*ast.SelectorExpr]string{}}
	recv := sig.Recv()
	switch {
	case w.ctor != nil:
		w.where = "constructor " + fn.Name()
		w.locals = w.newValues(a.decls[fn].Body)
	case recv != nil:
		base := a.typeString(types.Unalias(recv.Type()))
		if p, ok := types.Unalias(recv.Type()).(*types.Pointer); ok {
			base = a.typeString(p.Elem())
		}
		w.where = "method " + base + "." + fn.Name()
		if e := a.entityOf(recv.Type()); e != nil {
			w.recv = recv
			w.body = &body{fn: fn, e: e, decl: a.decls[fn], sps: map[ast.Node]*split.SP{}}
			a.bodies = append(a.bodies, w.body)
			if w.method != nil {
				w.where = "operation " + base + "." + fn.Name()
			} else if !fn.Exported() {
				w.where = "helper " + base + "." + fn.Name()
			}
		}
	default:
		w.where = "function " + fn.Name()
	}
	return w
}

// walk visits root and its descendants, parents first, keeping the stack of
// enclosing nodes.
func (w *walker) walk(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			w.stack = w.stack[:len(w.stack)-1]
			return true
		}
		w.stack = append(w.stack, n)
		w.visit(n)
		return true
	})
}

func (w *walker) visit(n ast.Node) {
	switch n := n.(type) {
	case *ast.SelectorExpr:
		w.selector(n)
	case *ast.StarExpr:
		w.deref(n)
	case *ast.CompositeLit:
		w.compositeLit(n)
		w.convertElems(n)
	case *ast.CallExpr:
		w.call(n)
		w.convertArgs(n)
	case *ast.Ident:
		w.constructorValue(n)
		w.instance(n)
	case *ast.AssignStmt:
		if n.Tok != token.DEFINE {
			for _, l := range n.Lhs {
				w.markWrite(l, "assign to")
			}
		}
		w.convertAssign(n)
	case *ast.IncDecStmt:
		w.markWrite(n.X, "assign to")
	case *ast.RangeStmt:
		if n.Tok == token.ASSIGN {
			w.markWrite(n.Key, "assign to")
			w.markWrite(n.Value, "assign to")
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			w.markWrite(n.X, "take the address of")
		}
	case *ast.ReturnStmt:
		w.convertReturn(n)
	case *ast.ValueSpec:
		w.convertSpec(n)
	case *ast.SendStmt:
		w.convertSend(n)
	}
}

// parent returns the closest enclosing node that is not a parenthesis.
func (w *walker) parent() (ast.Node, ast.Node) {
	child := w.stack[len(w.stack)-1]
	for i := len(w.stack) - 2; i >= 0; i-- {
		if _, ok := w.stack[i].(*ast.ParenExpr); !ok {
			return w.stack[i], child
		}
		child = w.stack[i]
	}
	return nil, child
}

// called reports whether the node being visited is the function of a call.
func (w *walker) called() bool {
	p, child := w.parent()
	call, ok := p.(*ast.CallExpr)
	return ok && call.Fun == child
}

// inFuncLit reports whether the node being visited is inside a function
// literal.
func (w *walker) inFuncLit() bool {
	for _, n := range w.stack {
		if _, ok := n.(*ast.FuncLit); ok {
			return true
		}
	}
	return false
}

// isLocal reports whether x is the receiver identifier itself, or in a
// constructor a variable holding the entity being built: its selections are
// local, not remote.
func (w *walker) isLocal(x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	obj := w.a.info.Uses[id]
	return obj != nil && (obj == types.Object(w.recv) || w.locals[obj])
}

// record adds a remote interaction to the method or constructor, or
// reports it where it cannot be. node is the call or the selection.
func (w *walker) record(kind ir.CallKind, e *entity, member string, pos token.Pos, node ast.Node) {
	var desc string
	switch kind {
	case ir.CallMethod:
		desc = "remote call to " + e.name + "." + member
	case ir.ReadField:
		desc = "remote read of " + e.name + "." + member
	default:
		desc = "remote creation of " + e.name + " with " + member
	}
	call := &ir.Call{Kind: kind, Entity: e.name, Member: member, Pos: w.a.irPos(pos)}
	switch {
	case w.inFuncLit():
		w.a.errorf(pos, "%s inside a function literal is not supported: move it out of the function literal", desc)
	case w.body != nil:
		w.body.calls = append(w.body.calls, call)
		w.body.sps[node] = w.a.newSP(kind, e, member, pos, node)
		if w.method != nil {
			w.method.Calls = append(w.method.Calls, call)
		}
	case w.ctor != nil:
		w.method.Calls = append(w.method.Calls, call)
		if !w.a.opts.AllowRemote {
			w.a.errorf(pos, "%s in %s is not supported: a constructor runs in one step; create the entity, then call an operation", desc, w.where)
		}
	default:
		w.a.errorf(pos, "%s in %s: remote interactions are supported only in methods of entities", desc, w.where)
	}
}
