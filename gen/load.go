package gen

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/stateflow-go/stateflow/gen/internal/analyze"
)

// loadMode is what the analysis needs: syntax and types of the packages
// matched, export data of their dependencies.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedSyntax |
	packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports | packages.NeedModule

// Load loads the packages matching patterns (relative to dir) with
// go/packages, with types and syntax.
//
// Every existing stateflow_gen.go (of the packages matched and of their
// dependencies) is hidden through an overlay that replaces its content by
// just its package clause, so that stale generated code never affects the
// analysis. Code of the analysed package that uses generated names
// (StateflowProgram, ItemRef...) does not type-check while they are hidden.
//
// The errors of a package (parse, type and list errors) are returned as
// diagnostics when the package declares an entity or cannot be parsed;
// type errors of a package without entities are not: such a package is not
// compiled by stateflow, and it may well use generated names of the
// packages it imports. An error is returned when loading fails, no package
// matches, or a package has an error without a position.
func Load(ctx context.Context, dir string, patterns ...string) ([]*packages.Package, []Diagnostic, error) {
	return load(ctx, &packages.Config{Context: ctx, Dir: dir}, patterns)
}

// load is Load with a base configuration (tests set Env).
func load(ctx context.Context, base *packages.Config, patterns []string) ([]*packages.Package, []Diagnostic, error) {
	what := strings.Join(patterns, " ")
	overlay, err := generatedOverlay(base, patterns)
	if err != nil {
		return nil, nil, fmt.Errorf("gen: listing %s: %w", what, err)
	}
	cfg := *base
	cfg.Context, cfg.Mode, cfg.Overlay = ctx, loadMode, overlay
	pkgs, err := packages.Load(&cfg, patterns...)
	if err != nil {
		return nil, nil, fmt.Errorf("gen: loading %s: %w", what, err)
	}
	if len(pkgs) == 0 {
		return nil, nil, fmt.Errorf("gen: no package matches %s", what)
	}
	var diags []Diagnostic
	var errs []error
	for _, p := range pkgs {
		for _, e := range reportedErrors(p) {
			if d := fromPackageError(e); d.Pos.IsValid() {
				diags = append(diags, d)
			} else {
				errs = append(errs, fmt.Errorf("gen: package %s: %s", p.ID, e.Msg))
			}
		}
	}
	return pkgs, sortDiagnostics(diags), errors.Join(errs...)
}

// generatedOverlay lists the packages matched and their dependencies and
// maps each stateflow_gen.go among their files to its bare package clause.
func generatedOverlay(base *packages.Config, patterns []string) (map[string][]byte, error) {
	cfg := *base
	cfg.Mode = packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps
	pkgs, err := packages.Load(&cfg, patterns...)
	if err != nil {
		return nil, err
	}
	overlay := map[string][]byte{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, f := range p.GoFiles {
			if filepath.Base(f) == analyze.GeneratedFile && p.Name != "" {
				overlay[f] = []byte("package " + p.Name + "\n")
			}
		}
	})
	return overlay, nil
}

// reportedErrors returns the errors of p that concern stateflow: all of
// them when p declares an entity or has a syntax error, else all but type
// errors. The go command's build failures of p itself ("# path" and the
// compiler's output, without a position) are left out: p is type-checked
// from source, and its type errors say the same with positions.
func reportedErrors(p *packages.Package) []packages.Error {
	relevant := declaresEntity(p)
	var out []packages.Error
	for _, e := range p.Errors {
		if e.Kind == packages.ParseError {
			relevant = true
		}
	}
	for _, e := range p.Errors {
		build := e.Kind == packages.ListError && (e.Pos == "" || e.Pos == "-") && strings.HasPrefix(e.Msg, "# ")
		if !build && (relevant || e.Kind != packages.TypeError) {
			out = append(out, e)
		}
	}
	return out
}

// declaresEntity reports whether a file of p (the generated one aside) has
// a //stateflow:entity comment.
func declaresEntity(p *packages.Package) bool {
	for _, f := range p.Syntax {
		if p.Fset != nil && filepath.Base(p.Fset.File(f.Pos()).Name()) == analyze.GeneratedFile {
			continue
		}
		if hasEntityComment(f) {
			return true
		}
	}
	return false
}

func hasEntityComment(f *ast.File) bool {
	for _, g := range f.Comments {
		for _, c := range g.List {
			if strings.HasPrefix(c.Text, "//stateflow:entity") {
				return true
			}
		}
	}
	return false
}
