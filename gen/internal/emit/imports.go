package emit

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"slices"
	"sort"
	"strings"
)

// Import paths of the packages generated code uses.
const (
	pathStateflow = "github.com/stateflow-go/stateflow"
	pathIR        = "github.com/stateflow-go/stateflow/ir"
	pathWire      = "github.com/stateflow-go/stateflow/wire"
)

// imports holds the names under which the file refers to packages.
type imports struct {
	// Names in the public API: plain unless a user name takes them, then
	// sfContext, sfStateflow, sfIr.
	context, stateflow, ir string
	// Names used only inside generated bodies: sfWire, sfSlices... unless
	// the user's own imports name the package already.
	wire, slices, bytes, errors, fmt, time, reflect string
	// byPath maps every candidate import path to its name.
	byPath map[string]string
}

// chooseImports names the packages the file may import. The user's imports
// (analyze.Package.Imports) keep their names, since GoExpr uses them.
func (g *generator) chooseImports() error {
	taken := map[string]string{} // name -> path
	byPath := map[string]string{}
	paths := make([]string, 0, len(g.pkg.Imports))
	for p := range g.pkg.Imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		name := g.pkg.Imports[p]
		if name == "" || name == "_" || name == "." {
			return fmt.Errorf("emit: import %q has the unusable name %q", p, name)
		}
		if other, ok := taken[name]; ok {
			return fmt.Errorf("emit: imports %q and %q both have the name %s", other, p, name)
		}
		taken[name] = p
		byPath[p] = name
	}
	user := map[string]bool{}
	for _, ti := range g.types.list {
		if ti.named && !g.foreign(ti.t) {
			user[ti.t.Name] = true
		}
	}
	for _, e := range g.prog.Entities {
		user[e.Name] = true
		if e.Constructor != nil {
			user[e.Constructor.Name] = true
		}
	}
	pick := func(p, name string) string {
		if n, ok := byPath[p]; ok {
			return n
		}
		if _, clash := taken[name]; clash || user[name] {
			name = "sf" + upperFirst(name)
		}
		taken[name] = p
		byPath[p] = name
		return name
	}
	g.imp = imports{
		context:   pick("context", "context"),
		stateflow: pick(pathStateflow, "stateflow"),
		ir:        pick(pathIR, "ir"),
		wire:      pick(pathWire, "sfWire"),
		slices:    pick("slices", "sfSlices"),
		bytes:     pick("bytes", "sfBytes"),
		errors:    pick("errors", "sfErrors"),
		fmt:       pick("fmt", "sfFmt"),
		time:      pick("time", "sfTime"),
		reflect:   pick("reflect", "sfReflect"),
		byPath:    byPath,
	}
	return nil
}

// writeImports writes the import declaration for the packages body refers
// to, found by parsing it: standard library first, then the others, each
// group sorted by path.
func (g *generator) writeImports(w *bytes.Buffer, body []byte) error {
	src := append([]byte("package p\n"), body...)
	f, err := parser.ParseFile(token.NewFileSet(), "body.go", src, parser.SkipObjectResolution)
	if err != nil {
		return fmt.Errorf("emit: generated code for package %s does not parse (a bug in the generator): %w\n%s", g.pkg.Name, err, numbered(src))
	}
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	var std, other []string
	for p, name := range g.imp.byPath {
		if !used[name] {
			continue
		}
		spec := quote(p)
		if name != path.Base(p) {
			spec = name + " " + spec
		}
		if strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
			other = append(other, spec)
		} else {
			std = append(std, spec)
		}
	}
	if len(std)+len(other) == 0 {
		return nil
	}
	byPath := func(specs []string) {
		sort.Slice(specs, func(i, j int) bool { return specPath(specs[i]) < specPath(specs[j]) })
	}
	byPath(std)
	byPath(other)
	w.WriteString("import (\n")
	for _, s := range std {
		w.WriteString("\t" + s + "\n")
	}
	if len(std) > 0 && len(other) > 0 {
		w.WriteString("\n")
	}
	for _, s := range other {
		w.WriteString("\t" + s + "\n")
	}
	w.WriteString(")\n\n")
	return nil
}

// specPath returns the quoted path of an import spec.
func specPath(spec string) string { return spec[strings.IndexByte(spec, '"'):] }

// reserveParamNames collects the names a generated client function may refer
// to besides its parameters.
func (g *generator) reserveParamNames() {
	r := map[string]bool{"ctx": true}
	for _, n := range predeclared {
		r[n] = true
	}
	for _, n := range g.imp.byPath {
		r[n] = true
	}
	for _, ti := range g.types.list {
		for _, id := range identRoots(ti.t.GoExpr) {
			r[id] = true
		}
	}
	for _, ent := range g.ents {
		r[ent.e.Name] = true
		r[ent.ref] = true
		r[ent.newRef] = true
		r[ent.createFn] = true
		for _, res := range ent.results {
			if res != "" {
				r[res] = true
			}
		}
	}
	r["StateflowProgram"] = true
	g.paramReserved = r
}

// paramNames returns the names of a client function's parameters: the
// user's names, unless blank, reserved or in also; those get sf-prefixed
// names.
func (g *generator) paramNames(ps []string, also ...string) []string {
	out := make([]string, len(ps))
	used := map[string]bool{}
	for i, p := range ps {
		name := p
		switch {
		case p == "" || p == "_":
			name = fmt.Sprintf("sfArg%d", i)
		case g.paramReserved[p] || slices.Contains(also, p):
			name = "sf" + upperFirst(p)
		}
		for base, k := name, 2; used[name]; k++ {
			name = fmt.Sprintf("%s%d", base, k)
		}
		used[name] = true
		out[i] = name
	}
	return out
}
