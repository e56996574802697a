package difftest

import (
	"go/importer"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestCorpus compiles every program of testdata with the StateFlow compiler
// and compares its scenario in plain Go and through the local runtime.
func TestCorpus(t *testing.T) {
	s := getSandbox(t)
	t.Logf("%d programs; %s", len(s.programs), strings.Join(s.timings, ", "))
	n := 0
	for _, p := range s.programs {
		if p.random {
			continue
		}
		n++
		t.Run(p.name, func(t *testing.T) { p.check(t) })
	}
	if n == 0 && *flagOnly == "" {
		t.Fatal("no corpus program in testdata")
	}
}

// TestRandomMethods does the same for randomly generated methods
// (-difftest.methods of them, from -difftest.seed on).
func TestRandomMethods(t *testing.T) {
	s := getSandbox(t)
	for _, p := range s.programs {
		if p.random {
			t.Run(p.name, func(t *testing.T) { p.check(t) })
		}
	}
}

// check reports the program's failure, if any.
func (p *sandboxProgram) check(t *testing.T) {
	t.Helper()
	if p.random {
		defer func() {
			if t.Failed() && p.pkg != nil {
				t.Logf("reproduce with: go test ./internal/difftest -run 'TestRandomMethods/%s$' -difftest.only='^%s$' -difftest.seed=%d -difftest.methods=1\nthe method:\n%s",
					p.name, p.name, p.seed, numbered(string(p.pkg.Files["r.go"])))
			}
		}()
	}
	switch {
	case p.setup != "":
		t.Fatal(p.setup)
	case p.sc.WantDiagnostic != "":
		for _, d := range p.diags {
			if strings.Contains(d, p.sc.WantDiagnostic) {
				t.Logf("rejected as expected: %s", d)
				return
			}
		}
		if len(p.diags) == 0 {
			t.Fatalf("the compiler accepted the program; want a diagnostic containing %q", p.sc.WantDiagnostic)
		}
		t.Fatalf("no diagnostic contains %q; the compiler reported:\n%s", p.sc.WantDiagnostic, strings.Join(p.diags, "\n"))
	case len(p.diags) > 0:
		t.Fatalf("the compiler rejected the program:\n%s", strings.Join(p.diags, "\n"))
	case p.build != "":
		t.Fatalf("the generated code does not build:\n%s", p.build)
	case p.crash != "":
		t.Fatal(p.crash)
	case p.result == nil:
		t.Fatal("the driver gave no result")
	case p.result.Failure != nil:
		t.Fatalf("%s\n(after %d agreeing steps)", p.result.Failure, p.result.Steps)
	}
	t.Logf("%d steps agree", p.result.Steps)
}

// TestCorpusLayout checks the corpus' conventions: each program is a
// package named after its directory, with a scenario.
func TestCorpusLayout(t *testing.T) {
	dirs, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	var names []string
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		names = append(names, d.Name())
		b, err := os.ReadFile(filepath.Join("testdata", d.Name(), "scenario.txt"))
		if err != nil {
			t.Errorf("%s: %v", d.Name(), err)
			continue
		}
		if _, err := ParseScenario(string(b)); err != nil {
			t.Errorf("%s/scenario.txt: %v", d.Name(), err)
		}
		gos, _ := filepath.Glob(filepath.Join("testdata", d.Name(), "*.go"))
		files := map[string][]byte{}
		for _, g := range gos {
			b, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			files[filepath.Base(g)] = b
		}
		pkg, err := Instrument(files)
		if err != nil {
			t.Errorf("%s: %v", d.Name(), err)
			continue
		}
		if pkg.Name != d.Name() {
			t.Errorf("%s: package %s", d.Name(), pkg.Name)
		}
		if err := typeCheck(t, imp, files); err != nil {
			t.Errorf("%s: %v", d.Name(), err)
		}
	}
	sort.Strings(names)
	if len(names) < 60 {
		t.Errorf("the corpus has %d programs, want at least 60", len(names))
	}
}
