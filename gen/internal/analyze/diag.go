package analyze

import (
	"fmt"
	"go/token"
)

// Diagnostic is a problem in the analysed package at a position of its file
// set.
type Diagnostic struct {
	Pos     token.Pos
	Message string
}

// Options tune an analysis.
type Options struct {
	// AllowRemote records the remote interactions of operations and
	// constructors (ir.Method.Calls) without reporting them as unsupported.
	// Code generated from such an analysis would not split methods; tests use
	// it to inspect what was detected.
	AllowRemote bool
}

// errorf records a diagnostic at pos.
func (a *analyzer) errorf(pos token.Pos, format string, args ...any) {
	a.diags = append(a.diags, Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)})
}
