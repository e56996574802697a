package difftest

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"sort"
	"strings"
)

// HooksFile is the name of the file Instrument adds to a program package.
const HooksFile = "zz_difftest.go"

// Package describes an instrumented program package.
type Package struct {
	Name string
	// Entities are the entity type names, sorted.
	Entities []string
	// Constructors maps an entity to its constructor's name.
	Constructors map[string]string
	// Files are the instrumented files by base name, HooksFile included.
	Files map[string][]byte
}

// Instrument rewrites the Go files of one program package (by base name)
// so that the program notes its own execution (see the package doc), and
// adds HooksFile. Lines never move, so compiler diagnostics keep their
// lines: every method of an entity (Key excepted) gets a first statement on
// the line of its opening brace, and the first result of every return
// statement of a constructor is wrapped in a call on the spot.
func Instrument(files map[string][]byte) (*Package, error) {
	fset := token.NewFileSet()
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range files {
			if !yield(n) {
				return
			}
		}
	})
	parsed := map[string]*ast.File{}
	pkg := &Package{Constructors: map[string]string{}, Files: map[string][]byte{}}
	entities := map[string]bool{}
	for _, n := range names {
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, n, files[n], parser.ParseComments)
		if err != nil {
			return nil, err
		}
		if pkg.Name != "" && f.Name.Name != pkg.Name {
			return nil, fmt.Errorf("%s: package %s, want %s", n, f.Name.Name, pkg.Name)
		}
		pkg.Name = f.Name.Name
		parsed[n] = f
		for _, e := range entityTypes(f) {
			entities[e] = true
		}
	}
	if pkg.Name == "" {
		return nil, fmt.Errorf("no Go files")
	}
	for _, n := range names {
		f := parsed[n]
		if f == nil {
			continue
		}
		var edits []edit
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fd.Recv == nil {
				if e, ok := constructorOf(fd, entities); ok {
					pkg.Constructors[e] = fd.Name.Name
					edits = append(edits, wrapReturns(fset, fd, e)...)
				}
				continue
			}
			e, recv, ok := methodOf(fd, entities)
			if !ok || fd.Name.Name == "Key" {
				continue
			}
			text := fmt.Sprintf(" difftestEnter%s(%q, %s);", e, e+"."+fd.Name.Name, recv)
			edits = append(edits, edit{fset.Position(fd.Body.Lbrace).Offset + 1, text})
		}
		pkg.Files[n] = applyEdits(files[n], edits)
	}
	pkg.Entities = slices.Sorted(func(yield func(string) bool) {
		for e := range entities {
			if !yield(e) {
				return
			}
		}
	})
	if len(pkg.Entities) == 0 {
		return nil, fmt.Errorf("package %s declares no entity", pkg.Name)
	}
	pkg.Files[HooksFile] = hooksFile(pkg)
	return pkg, nil
}

// entityTypes returns the types of f whose doc has //stateflow:entity.
func entityTypes(f *ast.File) []string {
	var out []string
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			ts := s.(*ast.TypeSpec)
			doc := ts.Doc
			if doc == nil && len(gd.Specs) == 1 {
				doc = gd.Doc
			}
			if doc == nil {
				continue
			}
			for _, c := range doc.List {
				if strings.HasPrefix(c.Text, "//stateflow:entity") {
					out = append(out, ts.Name.Name)
				}
			}
		}
	}
	return out
}

// methodOf returns the entity and receiver name of a method with receiver
// *E, E an entity, and a named receiver.
func methodOf(fd *ast.FuncDecl, entities map[string]bool) (entity, recv string, ok bool) {
	if len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
		return "", "", false
	}
	star, ok := fd.Recv.List[0].Type.(*ast.StarExpr)
	if !ok {
		return "", "", false
	}
	id, ok := star.X.(*ast.Ident)
	if !ok || !entities[id.Name] {
		return "", "", false
	}
	name := fd.Recv.List[0].Names[0].Name
	if name == "_" {
		return "", "", false
	}
	return id.Name, name, true
}

// constructorOf reports a function NewE whose first result is *E.
func constructorOf(fd *ast.FuncDecl, entities map[string]bool) (string, bool) {
	e, ok := strings.CutPrefix(fd.Name.Name, "New")
	if !ok || !entities[e] || fd.Type.Results == nil || len(fd.Type.Results.List) == 0 {
		return "", false
	}
	star, ok := fd.Type.Results.List[0].Type.(*ast.StarExpr)
	if !ok {
		return "", false
	}
	id, ok := star.X.(*ast.Ident)
	return e, ok && id.Name == e
}

// wrapReturns wraps the first result of each return statement of a
// constructor (not of function literals inside it) in difftestMadeE(...).
// A return of a call's several results is left alone.
func wrapReturns(fset *token.FileSet, fd *ast.FuncDecl, entity string) []edit {
	nres := fd.Type.Results.NumFields()
	var edits []edit
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 || len(n.Results) != nres {
				return true
			}
			r := n.Results[0]
			edits = append(edits,
				edit{fset.Position(r.Pos()).Offset, "difftestMade" + entity + "("},
				edit{fset.Position(r.End()).Offset, ")"})
		}
		return true
	})
	return edits
}

// edit inserts text at a byte offset.
type edit struct {
	off  int
	text string
}

func applyEdits(src []byte, edits []edit) []byte {
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].off < edits[j].off })
	var b bytes.Buffer
	at := 0
	for _, e := range edits {
		b.Write(src[at:e.off])
		b.WriteString(e.text)
		at = e.off
	}
	b.Write(src[at:])
	return b.Bytes()
}

// hooksFile returns the source of HooksFile for pkg.
func hooksFile(pkg *Package) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `// Code written by the differential test harness (internal/difftest). DO NOT EDIT.

package %s

import "fmt"

// difftestNotes are the notes recorded since DifftestTakeNotes last ran.
var difftestNotes []string

// difftestCreated is told about every entity value a constructor returns.
var difftestCreated func(entity string, v any)

// DifftestTakeNotes returns the notes recorded since its last call and
// forgets them.
func DifftestTakeNotes() []string {
	n := difftestNotes
	difftestNotes = nil
	return n
}

// DifftestOnCreate sets the function told about every entity value a
// constructor returns.
func DifftestOnCreate(f func(entity string, v any)) { difftestCreated = f }

// trace records a note.
func trace(format string, args ...any) {
	difftestNotes = append(difftestNotes, fmt.Sprintf(format, args...))
}
`, pkg.Name)
	for _, e := range pkg.Entities {
		fmt.Fprintf(&b, `
// difftestEnter%[1]s records the entry of a method of v. A method called
// on a nil reference records nothing: the runtime fails such a call where
// it is made, plain Go enters the method.
func difftestEnter%[1]s(method string, v *%[1]s) {
	if v != nil {
		difftestNotes = append(difftestNotes, "enter "+method+" "+v.Key())
	}
}

// difftestKey%[1]s returns the key of v, or <nil>.
func difftestKey%[1]s(v *%[1]s) string {
	if v == nil {
		return "<nil>"
	}
	return v.Key()
}

// difftestMade%[1]s notes a value a constructor returns and passes it on.
func difftestMade%[1]s(v *%[1]s) *%[1]s {
	difftestNotes = append(difftestNotes, "new %[1]s/"+difftestKey%[1]s(v))
	if v != nil && difftestCreated != nil {
		difftestCreated(%[1]q, v)
	}
	return v
}
`, e)
	}
	return b.Bytes()
}
