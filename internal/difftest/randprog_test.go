package difftest

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// typeCheck instruments and type-checks one program package given as
// files, with the standard library from source.
func typeCheck(t *testing.T, imp types.Importer, files map[string][]byte) error {
	t.Helper()
	pkg, err := Instrument(files)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	for name, src := range pkg.Files {
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			return err
		}
		parsed = append(parsed, f)
	}
	conf := types.Config{Importer: imp}
	_, err = conf.Check(pkg.Name, fset, parsed, nil)
	return err
}

// Random programs are valid Go (after instrumentation): the generator never
// writes unused variables or labels, duplicate cases or missing returns.
func TestRandomProgramsTypeCheck(t *testing.T) {
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	features := map[string]int{}
	for seed := range uint64(150) {
		src, sc := RandomProgram(seed, "r")
		if err := typeCheck(t, imp, map[string][]byte{"r.go": []byte(src)}); err != nil {
			t.Fatalf("seed %d: %v\n%s", seed, err, numbered(src))
		}
		if _, err := ParseScenario(sc); err != nil {
			t.Fatalf("seed %d: scenario: %v", seed, err)
		}
		body := src[strings.Index(src, "func (a *A) R("):]
		for _, f := range []string{"fallthrough", "break L", "continue L", "range map", "range min(", "return\n", "var z", "a.help(", "a.Peer.Back(", "&&", "||", "switch {", "a.Peer.Pair(", "!= nil", "a.Peer.Even(i", "--", "s, r = r,", "switch w", ":= range arr", "a.Arr[(", "NewB(", "a.Q("} {
			if strings.Contains(body, f) {
				features[f]++
			}
		}
	}
	for f, n := range features {
		if n == 0 {
			t.Errorf("no random program has %q", f)
		}
	}
	if len(features) < 15 {
		t.Errorf("features seen: %v", features)
	}
}

func TestRandomProgramIsDeterministic(t *testing.T) {
	a, _ := RandomProgram(7, "p")
	b, _ := RandomProgram(7, "p")
	c, _ := RandomProgram(8, "p")
	if a != b || a == c {
		t.Error("RandomProgram is not a function of its seed")
	}
}

func numbered(src string) string {
	var b strings.Builder
	for i, l := range strings.Split(src, "\n") {
		fmt.Fprintf(&b, "%4d %s\n", i+1, l)
	}
	return b.String()
}
