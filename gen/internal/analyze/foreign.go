package analyze

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
)

// foreignEntities tells whether a named type of another package is an
// entity there. Types of imported packages come from export data, without
// comments, so the file that declares the type is parsed for its directive.
// A package whose stateflow_gen.go is present also shows its entities by the
// generated names StateflowProgram and ERef.
type foreignEntities struct {
	a     *analyzer
	files map[string]map[string]bool // file name -> entity types declared there
}

func newForeignEntities(a *analyzer) *foreignEntities {
	return &foreignEntities{a: a, files: map[string]map[string]bool{}}
}

// is reports whether n is an entity of another package.
func (f *foreignEntities) is(n *types.Named) bool {
	obj := n.Obj()
	p := obj.Pkg()
	if p == nil || p == f.a.tpkg || p.Path() == "time" {
		return false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return false
	}
	if p.Scope().Lookup("StateflowProgram") != nil && p.Scope().Lookup(obj.Name()+"Ref") != nil {
		return true
	}
	file := f.a.fset.Position(obj.Pos()).Filename
	if file == "" {
		return false
	}
	set, ok := f.files[file]
	if !ok {
		set = declaredEntities(file)
		f.files[file] = set
	}
	return set[obj.Name()]
}

// declaredEntities parses file and returns the names of the types marked
// //stateflow:entity in it (none when it cannot be read).
func declaredEntities(file string) map[string]bool {
	set := map[string]bool{}
	af, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return set
	}
	for _, d := range af.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			ts := s.(*ast.TypeSpec)
			if hasDirective(ts.Doc, entityDirective) || (len(gd.Specs) == 1 && hasDirective(gd.Doc, entityDirective)) {
				set[ts.Name.Name] = true
			}
		}
	}
	return set
}

// hasDirective reports whether doc holds the directive name.
func hasDirective(doc *ast.CommentGroup, name string) bool {
	if doc == nil {
		return false
	}
	for _, c := range doc.List {
		if strings.TrimSpace(c.Text) == directivePrefix+name {
			return true
		}
	}
	return false
}
