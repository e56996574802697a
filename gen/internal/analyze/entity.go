package analyze

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// findEntities finds the type declarations marked //stateflow:entity and
// checks that each is an exported, non-generic, defined struct type. It
// reports whether any valid entity was found.
func (a *analyzer) findEntities() bool {
	for _, f := range a.files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, s := range gd.Specs {
				ts := s.(*ast.TypeSpec)
				dir, doc := a.dirs.take(ts.Doc, entityDirective), ts.Doc
				if len(gd.Specs) == 1 {
					if d := a.dirs.take(gd.Doc, entityDirective); dir == nil && d != nil {
						dir, doc = d, gd.Doc
					}
				}
				if dir != nil {
					a.addEntity(ts, doc)
				}
			}
		}
	}
	slices.SortFunc(a.entities, func(x, y *entity) int { return strings.Compare(x.name, y.name) })
	return len(a.entities) > 0
}

// addEntity checks a type marked as an entity and records it when valid.
func (a *analyzer) addEntity(ts *ast.TypeSpec, doc *ast.CommentGroup) {
	name := ts.Name.Name
	obj, _ := a.info.Defs[ts.Name].(*types.TypeName)
	if obj == nil {
		return // not type-checked: the type error is reported by the loader
	}
	if ts.Assign.IsValid() {
		a.errorf(ts.Name.Pos(), "entity %s must be a defined struct type, not an alias", name)
		return
	}
	named, _ := obj.Type().(*types.Named)
	if named == nil {
		return
	}
	ok := true
	if ts.TypeParams != nil {
		a.errorf(ts.Name.Pos(), "entity %s cannot be generic (type parameters are not supported)", name)
		ok = false
	}
	if _, isStruct := named.Underlying().(*types.Struct); !isStruct {
		a.errorf(ts.Name.Pos(), "%s%s applies to struct types; %s is %s", directivePrefix, entityDirective, name,
			a.describeType(named.Underlying()))
		ok = false
	}
	if !ast.IsExported(name) {
		a.errorf(ts.Name.Pos(), "entity type %s must be exported", name)
		ok = false
	}
	if !ok {
		return
	}
	e := &entity{name: name, obj: obj, named: named, spec: ts, ops: map[string]*types.Func{}}
	e.ir = &ir.Entity{Name: name, Doc: docText(doc), Pos: a.irPos(ts.Name.Pos())}
	for i := range named.NumMethods() {
		if m := named.Method(i); m.Exported() && m.Name() != "Key" {
			e.ops[m.Name()] = m
		}
	}
	a.entities = append(a.entities, e)
	a.byObj[obj] = e
}

// describeType names the shape of a non-struct underlying type for messages.
func (a *analyzer) describeType(t types.Type) string {
	switch t.(type) {
	case *types.Interface:
		return "an interface type"
	case *types.Pointer:
		return "a pointer type"
	case *types.Signature:
		return "a function type"
	}
	return "of type " + a.typeString(t)
}

// buildState converts the entity's fields to its state type.
func (a *analyzer) buildState(e *entity) {
	st := e.named.Underlying().(*types.Struct)
	fields, _ := a.types.structFields(st, e.name, true)
	e.ir.State = &ir.Type{Kind: ir.Struct, Name: e.name, PkgPath: a.tpkg.Path(), GoExpr: e.name, Fields: fields}
}

// entityOf returns the entity of this package that t (E or *E) names.
func (a *analyzer) entityOf(t types.Type) *entity {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return a.byObj[n.Obj()]
	}
	return nil
}

// refEntity returns the entity E when t is *E, a reference.
func (a *analyzer) refEntity(t types.Type) *entity {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		if n, ok := types.Unalias(p.Elem()).(*types.Named); ok {
			return a.byObj[n.Obj()]
		}
	}
	return nil
}

// typeString renders t for messages: types of this package unqualified,
// others qualified by package name.
func (a *analyzer) typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p == a.tpkg {
			return ""
		}
		return p.Name()
	})
}
