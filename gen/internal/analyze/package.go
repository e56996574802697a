package analyze

import (
	"github.com/stateflow-go/stateflow/gen/internal/split"
	"github.com/stateflow-go/stateflow/ir"
)

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
	// Split are the split methods lowered into blocks, in source order: the
	// operations with Split set and the internal methods.
	Split []*split.Method
	// Sentinels are the Go expressions of the package-level variables of
	// type error that split methods may keep across a suspension point (the
	// package's own and those of other packages the methods use), sorted:
	// such errors keep their identity in frames.
	Sentinels []string
	// ErrorTypes are the types of the package that implement error (T or
	// *T) and can be encoded: errors of these types keep their type and
	// value across suspension points and remote calls.
	ErrorTypes []*ErrorType
}

// ErrorType is a type of the package that implements error.
type ErrorType struct {
	// Type is the implementing type (*T or T) as the generated file writes
	// it, with its codec.
	Type *ir.Type
}
