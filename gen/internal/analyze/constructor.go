package analyze

import (
	"go/ast"
	"go/types"

	"github.com/stateflow-go/stateflow/ir"
)

// findConstructors finds each entity's constructor: the package-level
// function NewE returning *E or (*E, error).
func (a *analyzer) findConstructors() {
	byName := map[string]*entity{}
	for _, e := range a.entities {
		byName["New"+e.name] = e
	}
	for _, f := range a.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || byName[fd.Name.Name] == nil {
				continue
			}
			if fn, ok := a.info.Defs[fd.Name].(*types.Func); ok {
				a.addConstructor(byName[fd.Name.Name], fd, fn)
			}
		}
	}
}

func (a *analyzer) addConstructor(e *entity, fd *ast.FuncDecl, fn *types.Func) {
	name := fd.Name.Name
	sig := fn.Signature()
	if sig.TypeParams().Len() > 0 {
		a.errorf(fd.Name.Pos(), "constructor %s cannot be generic", name)
		return
	}
	rs := sig.Results()
	okShape := (rs.Len() == 1 || rs.Len() == 2 && isError(rs.At(1).Type())) && a.refEntity(rs.At(0).Type()) == e
	if rs.Len() == 0 || !okShape {
		a.errorf(fd.Name.Pos(), "constructor %s must return *%s or (*%s, error)", name, e.name, e.name)
		return
	}
	m := &ir.Method{Name: name, Kind: ir.Constructor, Doc: docText(fd.Doc), Pos: a.irPos(fd.Name.Pos()), Error: rs.Len() == 2}
	a.params(m, sig, name, fd.Name.Pos())
	e.ir.Constructor = m
	a.methods[fn] = m
	a.ctors[fn] = e
}
