package analyze

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// findOperations turns the exported methods declared on each entity (Key
// excepted) into operations. An operation needs a pointer receiver, named
// parameters and serializable parameters and results; //stateflow:readonly
// in its doc marks it read-only. Unexported methods are helpers: not part of
// the program, but their bodies are checked like all others.
func (a *analyzer) findOperations() {
	for _, f := range a.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || !fd.Name.IsExported() || fd.Name.Name == "Key" {
				continue
			}
			fn, _ := a.info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			e := a.entityOf(fn.Signature().Recv().Type())
			if e == nil {
				continue
			}
			a.addOperation(e, fd, fn)
		}
	}
	for _, e := range a.entities {
		slices.SortFunc(e.ir.Methods, func(x, y *ir.Method) int { return strings.Compare(x.Name, y.Name) })
		for i, m := range e.ir.Methods {
			m.Index = i
		}
	}
}

func (a *analyzer) addOperation(e *entity, fd *ast.FuncDecl, fn *types.Func) {
	what := e.name + "." + fd.Name.Name
	m := &ir.Method{Name: fd.Name.Name, Kind: ir.Operation, Doc: docText(fd.Doc), Pos: a.irPos(fd.Name.Pos())}
	m.Readonly = a.dirs.take(fd.Doc, readonlyDirective) != nil
	sig := fn.Signature()
	a.params(m, sig, what, fd.Name.Pos())
	a.results(m, sig, what, fd.Name.Pos())
	// Calls of an invalid operation are still collected, so that its body is
	// checked as an operation's.
	a.methods[fn] = m
	if _, ptr := types.Unalias(sig.Recv().Type()).(*types.Pointer); !ptr {
		a.errorf(fd.Recv.List[0].Type.Pos(), "operation %s needs a pointer receiver", what)
		return
	}
	e.ir.Methods = append(e.ir.Methods, m)
}
