package gen

import (
	"golang.org/x/tools/go/packages"

	"github.com/stateflow-go/stateflow/gen/internal/analyze"
)

// Config tunes the compiler.
type Config struct {
	// AllowRemote records the remote interactions of constructors
	// (ir.Method.Calls) without reporting them: a constructor runs in one
	// step, so a program with such interactions is not generated either
	// way; the option shows what the analysis detected. (Remote
	// interactions of methods are split, with or without it.)
	AllowRemote bool
}

// Analyze analyses one loaded package with the default configuration. A
// package with no entity returns (nil, nil).
func Analyze(pkg *packages.Package) (*analyze.Package, []Diagnostic) {
	return Config{}.Analyze(pkg)
}

// Analyze analyses one loaded package (loaded by Load, or with at least its
// syntax, types and type information). A package with no entity returns
// (nil, nil). A package with errors returns them as diagnostics (if it
// declares an entity) and no analysis. Diagnostics are sorted by position;
// when there are any, the returned package must not be generated.
func (c Config) Analyze(pkg *packages.Package) (*analyze.Package, []Diagnostic) {
	if errs := reportedErrors(pkg); len(errs) > 0 || pkg.Types == nil || pkg.TypesInfo == nil {
		if !declaresEntity(pkg) {
			return nil, nil
		}
		ds := make([]Diagnostic, len(errs))
		for i, e := range errs {
			ds[i] = fromPackageError(e)
		}
		if len(ds) == 0 {
			ds = append(ds, Diagnostic{Message: "package " + pkg.ID + " was loaded without types"})
		}
		return nil, sortDiagnostics(ds)
	}
	ap, ds := analyze.Run(pkg, analyze.Options{AllowRemote: c.AllowRemote})
	diags := sortDiagnostics(fromAnalysis(pkg.Fset, ds))
	if ap == nil && len(diags) == 0 {
		return nil, nil
	}
	return ap, diags
}
