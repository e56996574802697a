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
	// AllowRemote records the remote interactions of constructors
	// (ir.Method.Calls) without reporting them as unsupported; tests use it
	// to inspect what was detected. Methods are split either way.
	AllowRemote bool
}

// errorf records a diagnostic at pos.
func (a *analyzer) errorf(pos token.Pos, format string, args ...any) {
	a.diags = append(a.diags, Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)})
}
