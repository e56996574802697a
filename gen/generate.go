package gen

import (
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/stateflow-go/stateflow/gen/internal/analyze"
	"github.com/stateflow-go/stateflow/gen/internal/emit"
)

// File is a generated file: its path and content.
type File struct {
	Path    string
	Content []byte
}

// Generate analyses each package and returns the stateflow_gen.go of every
// package that declares entities and has no diagnostic, sorted by package
// path. It writes nothing. The diagnostics of all packages are returned
// sorted by position. Remote interactions of constructors are always
// diagnostics here (AllowRemote is for inspecting the analysis only).
func Generate(pkgs []*packages.Package) ([]File, []Diagnostic) {
	pkgs = slices.Clone(pkgs)
	slices.SortFunc(pkgs, func(x, y *packages.Package) int { return strings.Compare(x.PkgPath, y.PkgPath) })
	var files []File
	var diags []Diagnostic
	for _, p := range pkgs {
		ap, ds := Analyze(p)
		diags = append(diags, ds...)
		if ap == nil || len(ds) > 0 {
			continue
		}
		src, err := emit.File(ap)
		if err != nil {
			diags = append(diags, Diagnostic{Pos: token.Position{Filename: ap.Dir}, Message: err.Error()})
			continue
		}
		files = append(files, File{Path: filepath.Join(ap.Dir, analyze.GeneratedFile), Content: src})
	}
	return files, sortDiagnostics(diags)
}
