package analyze

import (
	"go/ast"
	"go/token"
	"go/types"
)

// checkReserved reports the package-level names the generated file declares,
// may declare or refers to: StateflowProgram; the names of the packages it
// imports for its public API (context, stateflow, ir); for each entity E, ERef, NewERef,
// CreateE and E<Operation>Result; and any name beginning with "sf" and an
// upper-case letter or digit (also as a method or field of an entity, and
// as an import name).
func (a *analyzer) checkReserved() {
	reserved := map[string]bool{"StateflowProgram": true, "context": true, "stateflow": true, "ir": true}
	for _, e := range a.entities {
		reserved[e.name+"Ref"] = true
		reserved["New"+e.name+"Ref"] = true
		reserved["Create"+e.name] = true
		for op := range e.ops {
			reserved[e.name+op+"Result"] = true
		}
	}
	check := func(id *ast.Ident, exact bool) {
		switch {
		case id == nil || id.Name == "_":
		case exact && reserved[id.Name]:
			a.errorf(id.Pos(), "name %s is reserved for generated code", id.Name)
		case reservedPrefix(id.Name):
			a.errorf(id.Pos(), "name %s is reserved for generated code (names beginning with sf and an upper-case letter or digit)", id.Name)
		}
	}
	for _, f := range a.files {
		for _, imp := range f.Imports {
			check(imp.Name, true)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					check(d.Name, true)
				} else if a.isEntityMethod(d) {
					check(d.Name, false)
				}
			case *ast.GenDecl:
				a.checkReservedSpecs(d, check)
			}
		}
	}
	for _, e := range a.entities {
		if st, ok := e.spec.Type.(*ast.StructType); ok {
			for _, f := range st.Fields.List {
				for _, n := range f.Names {
					check(n, false)
				}
			}
		}
	}
}

func (a *analyzer) checkReservedSpecs(d *ast.GenDecl, check func(*ast.Ident, bool)) {
	if d.Tok == token.IMPORT {
		return
	}
	for _, s := range d.Specs {
		switch s := s.(type) {
		case *ast.TypeSpec:
			check(s.Name, true)
		case *ast.ValueSpec:
			for _, n := range s.Names {
				check(n, true)
			}
		}
	}
}

// isEntityMethod reports whether d is a method of an entity.
func (a *analyzer) isEntityMethod(d *ast.FuncDecl) bool {
	fn, ok := a.info.Defs[d.Name].(*types.Func)
	if !ok {
		return false
	}
	recv := fn.Signature().Recv()
	return recv != nil && a.entityOf(recv.Type()) != nil
}

// reservedPrefix reports whether name begins with "sf" and an upper-case
// letter or digit.
func reservedPrefix(name string) bool {
	if len(name) < 3 || name[:2] != "sf" {
		return false
	}
	c := name[2]
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
