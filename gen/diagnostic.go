package gen

import (
	"cmp"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/stateflow-go/stateflow/gen/internal/analyze"
)

// Diagnostic is a problem in the user's program at a position.
type Diagnostic struct {
	Pos     token.Position
	Message string
}

// String renders the diagnostic as "file:line:col: message", with the file
// as in Pos.Filename ("-: message" when the position is unknown).
func (d Diagnostic) String() string {
	return d.Pos.String() + ": " + d.Message
}

// sortDiagnostics sorts diagnostics by position, then message, and drops
// duplicates.
func sortDiagnostics(ds []Diagnostic) []Diagnostic {
	slices.SortFunc(ds, func(x, y Diagnostic) int {
		return cmp.Or(
			cmp.Compare(x.Pos.Filename, y.Pos.Filename),
			cmp.Compare(x.Pos.Line, y.Pos.Line),
			cmp.Compare(x.Pos.Column, y.Pos.Column),
			cmp.Compare(x.Message, y.Message),
		)
	})
	return slices.CompactFunc(ds, func(x, y Diagnostic) bool { return x == y })
}

// fromAnalysis converts the analysis' diagnostics to positions.
func fromAnalysis(fset *token.FileSet, ds []analyze.Diagnostic) []Diagnostic {
	out := make([]Diagnostic, len(ds))
	for i, d := range ds {
		out[i] = Diagnostic{Pos: fset.Position(d.Pos), Message: d.Message}
	}
	return out
}

// fromPackageError converts an error of go/packages, whose position is a
// string "file:line:col", "file:line", "file" or "-".
func fromPackageError(e packages.Error) Diagnostic {
	return Diagnostic{Pos: parsePosition(e.Pos), Message: e.Msg}
}

func parsePosition(s string) token.Position {
	if s == "" || s == "-" {
		return token.Position{}
	}
	var nums []int
	for range 2 {
		i := strings.LastIndexByte(s, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(s[i+1:])
		if err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		s = s[:i]
	}
	p := token.Position{Filename: s}
	if len(nums) > 0 {
		p.Line = nums[0]
	}
	if len(nums) > 1 {
		p.Column = nums[1]
	}
	return p
}
