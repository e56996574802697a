package analyze

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/stateflow-go/stateflow/gen/internal/split"
	"github.com/stateflow-go/stateflow/ir"
)

// GeneratedFile is the name of the file the code generator writes. The
// analysis ignores a file of that name: it is the output, never the input.
const GeneratedFile = "stateflow_gen.go"

// analyzer holds the state of one package's analysis.
type analyzer struct {
	pkg   *packages.Package
	fset  *token.FileSet
	info  *types.Info
	tpkg  *types.Package
	opts  Options
	files []*ast.File // the package's syntax, without the generated file
	diags []Diagnostic

	dirs     *directives
	entities []*entity // valid entities, sorted by name
	byObj    map[*types.TypeName]*entity
	decls    map[*types.Func]*ast.FuncDecl
	methods  map[*types.Func]*ir.Method // operations and constructors
	ctors    map[*types.Func]*entity
	types    *typeMap
	imports  *importNamer
	foreign  *foreignEntities
	bodies   []*body // the bodies of the entities' methods, in source order
	split    []*split.Method
}

// entity is an entity under analysis.
type entity struct {
	name  string
	obj   *types.TypeName
	named *types.Named
	spec  *ast.TypeSpec
	ir    *ir.Entity
	// ops are the exported methods declared on the entity, by name, Key
	// excluded (valid operations or not).
	ops map[string]*types.Func
}

// Run analyses one type-checked package: it finds its entities, checks every
// rule of the programming model and builds the program's IR. It returns a nil
// Package when the package declares no entity. A Package returned with
// diagnostics describes what could be analysed and must not be generated.
func Run(pkg *packages.Package, opts Options) (*Package, []Diagnostic) {
	a := &analyzer{
		pkg:     pkg,
		fset:    pkg.Fset,
		info:    pkg.TypesInfo,
		tpkg:    pkg.Types,
		opts:    opts,
		byObj:   map[*types.TypeName]*entity{},
		decls:   map[*types.Func]*ast.FuncDecl{},
		methods: map[*types.Func]*ir.Method{},
		ctors:   map[*types.Func]*entity{},
	}
	for _, f := range pkg.Syntax {
		if filepath.Base(a.fset.File(f.Pos()).Name()) != GeneratedFile {
			a.files = append(a.files, f)
		}
	}
	a.dirs = collectDirectives(a.files)
	a.imports = newImportNamer(a.tpkg)
	a.types = newTypeMap(a)
	a.foreign = newForeignEntities(a)
	a.indexFuncs()

	if !a.findEntities() {
		// Every other rule is about entities; misplaced directives remain.
		a.checkDirectives()
		return nil, a.diags
	}
	for _, e := range a.entities {
		a.buildState(e)
		a.checkKey(e)
	}
	a.findConstructors()
	a.findOperations()
	a.checkBodies()
	a.split = a.splitMethods()
	a.checkReserved()
	a.checkDirectives()
	return a.result(), a.diags
}

// indexFuncs maps every declared function and method to its declaration.
func (a *analyzer) indexFuncs() {
	for _, f := range a.files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := a.info.Defs[fd.Name].(*types.Func); ok {
					a.decls[fn] = fd
				}
			}
		}
	}
}

// result assembles the analysed package.
func (a *analyzer) result() *Package {
	prog := &ir.Program{Name: a.tpkg.Name(), PkgPath: a.tpkg.Path()}
	states := map[*ir.Type]bool{}
	for _, e := range a.entities {
		prog.Entities = append(prog.Entities, e.ir)
		states[e.ir.State] = true
	}
	prog.Types = namedStructs(prog.Entities, states)
	return &Package{
		Name:       a.tpkg.Name(),
		PkgPath:    a.tpkg.Path(),
		Dir:        a.dir(),
		Program:    prog,
		Split:      a.split,
		Sentinels:  a.sentinels(),
		ErrorTypes: a.errorTypes(),
		Imports:    a.imports.used(),
	}
}

// dir returns the package's directory.
func (a *analyzer) dir() string {
	if a.pkg.Dir != "" {
		return a.pkg.Dir
	}
	if len(a.pkg.GoFiles) > 0 {
		return filepath.Dir(a.pkg.GoFiles[0])
	}
	return ""
}

// namedStructs lists the named struct types reachable from the entities'
// states and signatures, entity states excluded, sorted by name and path.
func namedStructs(es []*ir.Entity, states map[*ir.Type]bool) []*ir.Type {
	seen := map[*ir.Type]bool{}
	var out []*ir.Type
	var walk func(t *ir.Type)
	walk = func(t *ir.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		if t.Kind == ir.Struct && t.Name != "" && !states[t] {
			out = append(out, t)
		}
		walk(t.Elem)
		walk(t.Key)
		for _, f := range t.Fields {
			walk(f.Type)
		}
	}
	for _, e := range es {
		walk(e.State)
		ms := e.Methods
		if e.Constructor != nil {
			ms = append([]*ir.Method{e.Constructor}, ms...)
		}
		for _, m := range ms {
			for _, p := range m.Params {
				walk(p.Type)
			}
			for _, r := range m.Results {
				walk(r.Type)
			}
		}
	}
	slices.SortFunc(out, func(x, y *ir.Type) int {
		if c := strings.Compare(x.Name, y.Name); c != 0 {
			return c
		}
		return strings.Compare(x.PkgPath, y.PkgPath)
	})
	return out
}

// irPos converts a position for the IR (base file name, line, column).
func (a *analyzer) irPos(pos token.Pos) ir.Pos {
	p := a.fset.Position(pos)
	if !p.IsValid() {
		return ir.Pos{}
	}
	return ir.Pos{File: filepath.Base(p.Filename), Line: p.Line, Col: p.Column}
}

// docText returns a doc comment's text without directives or surrounding
// space.
func docText(g *ast.CommentGroup) string {
	return strings.TrimSpace(g.Text())
}
