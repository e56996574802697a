package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/tools/go/packages"

	"github.com/stateflow-go/stateflow/gen"
)

var genCommand = &command{
	name:    "gen",
	summary: "compile the entities of packages into stateflow_gen.go files",
	usage:   "[--check] [packages]",
	help: `
Gen loads the packages (default: the one in the current directory), checks
every entity against the programming model, and writes one stateflow_gen.go per
package that has entities: the program's description, its codecs and dispatch,
and typed client references (CreateItem, ItemRef...). A package whose entities
are gone loses its stale stateflow_gen.go.

Problems are printed as file:line:col: message, and nothing is written for a
package that has any. Add this line to a package to regenerate with go generate:

	//go:generate stateflow gen

With --check nothing is written: gen fails if any file is out of date, which
suits CI.`,
	flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) int {
		check := fs.Bool("check", false, "write nothing; fail if a stateflow_gen.go is missing or out of date")
		return func(ctx context.Context, e *env, args []string) int {
			return runGen(ctx, e, args, *check)
		}
	},
}

func runGen(ctx context.Context, e *env, patterns []string, check bool) int {
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	pkgs, files, ok := compile(ctx, e, patterns)
	if !ok {
		return 1
	}
	stale := 0
	wanted := map[string]bool{}
	for _, f := range files {
		wanted[f.Path] = true
		old, err := os.ReadFile(f.Path)
		if err == nil && bytes.Equal(old, f.Content) {
			continue
		}
		stale++
		if check {
			fmt.Fprintf(e.stderr, "%s: out of date; run stateflow gen\n", relPath(e, f.Path))
			continue
		}
		if err := os.WriteFile(f.Path, f.Content, 0o644); err != nil {
			fmt.Fprintf(e.stderr, "stateflow gen: %v\n", err)
			return 1
		}
		fmt.Fprintf(e.stdout, "wrote %s\n", relPath(e, f.Path))
	}
	for _, p := range pkgs {
		old := genFilePath(p)
		if old == "" || wanted[old] {
			continue
		}
		if _, err := os.Stat(old); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		stale++
		if check {
			fmt.Fprintf(e.stderr, "%s: package has no entities; remove the file\n", relPath(e, old))
			continue
		}
		if err := os.Remove(old); err != nil {
			fmt.Fprintf(e.stderr, "stateflow gen: %v\n", err)
			return 1
		}
		fmt.Fprintf(e.stdout, "removed %s (the package has no entities)\n", relPath(e, old))
	}
	if check && stale > 0 {
		return 1
	}
	return 0
}

// compile loads and compiles the packages, printing every problem. ok is
// false when there was any.
func compile(ctx context.Context, e *env, patterns []string) ([]*packages.Package, []gen.File, bool) {
	pkgs, diags, err := gen.Load(ctx, e.dir, patterns...)
	if err != nil {
		fmt.Fprintf(e.stderr, "stateflow: %v\n", err)
		return nil, nil, false
	}
	if printDiagnostics(e, diags) {
		return nil, nil, false
	}
	files, diags := gen.Generate(pkgs)
	if printDiagnostics(e, diags) {
		return nil, nil, false
	}
	return pkgs, files, true
}

func printDiagnostics(e *env, diags []gen.Diagnostic) bool {
	for _, d := range diags {
		d.Pos.Filename = relPath(e, d.Pos.Filename)
		fmt.Fprintln(e.stderr, d.String())
	}
	return len(diags) > 0
}

// genFilePath returns where p's stateflow_gen.go lives.
func genFilePath(p *packages.Package) string {
	if len(p.GoFiles) == 0 {
		return ""
	}
	return filepath.Join(filepath.Dir(p.GoFiles[0]), "stateflow_gen.go")
}

// relPath shortens path to be relative to the working directory when it lies
// inside it.
func relPath(e *env, path string) string {
	wd, err := filepath.Abs(e.dir)
	if err != nil {
		return path
	}
	rel, err := filepath.Rel(wd, path)
	if err != nil || filepath.IsAbs(rel) || len(rel) >= 2 && rel[:2] == ".." {
		return path
	}
	return rel
}
