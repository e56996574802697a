package analyze

import "github.com/stateflow-go/stateflow/ir"

// Package is the analysis of one Go package: its program and what the code
// generator needs to write stateflow_gen.go for it.
type Package struct {
	// Name is the package name, PkgPath its import path and Dir its directory.
	Name    string
	PkgPath string
	Dir     string
	// Program is the package's program, without hooks and not linked: the
	// generated file binds the hooks and links it.
	Program *ir.Program
	// Imports maps the import path of every package named in a GoExpr of the
	// program's types to the name GoExpr uses for it.
	Imports map[string]string
}
