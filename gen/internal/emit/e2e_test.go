package emit_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/stateflow-go/stateflow/gen"
	"github.com/stateflow-go/stateflow/gen/internal/analyze"
	"github.com/stateflow-go/stateflow/gen/internal/emit"
	"github.com/stateflow-go/stateflow/ir"
)

// TestEndToEnd writes the testdata programs into a temporary module, runs
// the front end on them (gen.Load, gen.Config.Analyze), writes the files
// File generates, and runs go vet and the cases' own tests there: state
// round trips, the hooks, and the typed client over an in-memory client.
// It checks that each hand-built analysis of the golden tests generates the
// same code as the front end's (source positions and doc comments aside),
// and that the guard stops the shop from compiling after edits made without
// regenerating.
func TestEndToEnd(t *testing.T) {
	dir := tempModule(t)
	names := caseNames(t)
	for _, name := range names {
		ar, err := txtar.ParseFile(filepath.Join("testdata", name+".txtar"))
		if err != nil {
			t.Fatal(err)
		}
		writeArchive(t, filepath.Join(dir, name), ar)
	}
	setGoEnv(t)
	pkgs, diags, err := gen.Load(context.Background(), dir, "./...")
	if err != nil || len(diags) > 0 {
		t.Fatalf("Load: %v %v", err, diags)
	}
	generated := map[string]bool{}
	for _, p := range pkgs {
		name := strings.TrimPrefix(p.PkgPath, "example.com/")
		if packages[name] == nil {
			continue
		}
		ap, diags := gen.Config{AllowRemote: true}.Analyze(p)
		if ap == nil || len(diags) > 0 {
			t.Fatalf("%s: no analysis: %v", name, diags)
		}
		src, err := emit.File(ap)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		writeFile(t, filepath.Join(dir, name, "stateflow_gen.go"), src)
		generated[name] = true

		got, want := generateBare(t, ap), generateBare(t, packages[name]())
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the hand-built analysis generates other code than the front end's:\n%s", name, lineDiff(string(want), string(got)))
		}
	}
	for _, name := range names {
		if !generated[name] {
			t.Fatalf("case %s was not loaded", name)
		}
	}
	mustGo(t, dir, "vet", "./...")
	out := mustGo(t, dir, "test", "-count=1", "./...")
	for _, name := range names {
		if !strings.Contains(out, "ok  \texample.com/"+name) {
			t.Errorf("the tests of case %s did not run:\n%s", name, out)
		}
	}
	t.Run("guard", func(t *testing.T) { testGuard(t, filepath.Join(dir, "shop")) })
}

// generateBare generates p without source positions, doc comments and
// method splitting (hand-built analyses split nothing).
func generateBare(t *testing.T, p *analyze.Package) []byte {
	t.Helper()
	p.Split = nil
	for _, e := range p.Program.Entities {
		var ms []*ir.Method
		for _, m := range e.Methods {
			if !m.Internal {
				m.Split, m.Machine = false, nil
				ms = append(ms, m)
			}
		}
		e.Methods = ms
	}
	for _, e := range p.Program.Entities {
		e.Pos, e.Doc = ir.Pos{}, ""
		for _, m := range append([]*ir.Method{e.Constructor}, e.Methods...) {
			if m != nil {
				m.Pos, m.Doc = ir.Pos{}, ""
				for _, c := range m.Calls {
					c.Pos = ir.Pos{}
				}
			}
		}
	}
	seen := map[*ir.Type]bool{}
	var walk func(*ir.Type)
	walk = func(t *ir.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		walk(t.Elem)
		walk(t.Key)
		for _, f := range t.Fields {
			f.Pos = ir.Pos{}
			walk(f.Type)
		}
	}
	for _, typ := range p.Program.Types {
		walk(typ)
	}
	for _, e := range p.Program.Entities {
		walk(e.State)
		for _, m := range append([]*ir.Method{e.Constructor}, e.Methods...) {
			if m != nil {
				for _, p := range append(append([]*ir.Param(nil), m.Params...), m.Results...) {
					walk(p.Type)
				}
			}
		}
	}
	src, err := emit.File(p)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// testGuard changes the shop's entities without regenerating and checks that
// the package stops compiling at the guard.
func testGuard(t *testing.T, dir string) {
	genPath := filepath.Join(dir, "stateflow_gen.go")
	src, err := os.ReadFile(genPath)
	if err != nil {
		t.Fatal(err)
	}
	first, last := guardLines(t, string(src))
	srcPath := filepath.Join(dir, "shop.go")
	orig, err := os.ReadFile(srcPath)
	if err != nil {
		t.Fatal(err)
	}
	edits := []struct {
		name, old, new string
		// only reports that every error must be in the guard: the edit breaks
		// nothing else.
		only bool
	}{
		{"added field", "\tStock int\n", "\tStock int\n\tColor string\n", true},
		{"added transient field", "\tStock int\n", "\tStock int\n\tmemo  []int `stateflow:\"-\"`\n", true},
		{"reordered fields", "\tPrice Money\n\tStock int\n", "\tStock int\n\tPrice Money\n", true},
		{"retyped field", "\tBalance Money\n", "\tBalance int\n", false},
		{"retyped named type", "type Money int64", "type Money int32", false},
		{"changed operation", "func (i *Item) SetStock(n int) { i.Stock = n }", "func (i *Item) SetStock(n int64) { i.Stock = int(n) }", false},
		{"removed operation", "func (u *User) Total() Money {", "func (u *User) total() Money {", false},
		{"changed constructor", "func NewItem(id string, price Money) (*Item, error) {", "func NewItem(id string, price Money, _ ...int) (*Item, error) {", true},
	}
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			if !strings.Contains(string(orig), e.old) {
				t.Fatalf("shop.go lacks %q", e.old)
			}
			writeFile(t, srcPath, []byte(strings.Replace(string(orig), e.old, e.new, 1)))
			defer writeFile(t, srcPath, orig)
			out, err := goCmd(dir, "build", ".")
			if err == nil {
				t.Fatal("the package still compiles")
			}
			lines := errorLines(out)
			if len(lines) == 0 {
				t.Fatalf("no error in stateflow_gen.go:\n%s", out)
			}
			inGuard := false
			for _, l := range lines {
				if l >= first && l <= last {
					inGuard = true
				} else if e.only {
					t.Errorf("error at stateflow_gen.go:%d, outside the guard (lines %d-%d):\n%s", l, first, last, out)
				}
			}
			if !inGuard {
				t.Errorf("no error in the guard (lines %d-%d):\n%s", first, last, out)
			}
		})
	}
}

// guardLines returns the first and last line of the guard function.
func guardLines(t *testing.T, src string) (first, last int) {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		switch {
		case l == "func _() {":
			first = i + 1
		case first > 0 && last == 0 && l == "}":
			last = i + 1
		}
	}
	if first == 0 || last == 0 {
		t.Fatal("no guard in the generated file")
	}
	return first, last
}

var errorLine = regexp.MustCompile(`stateflow_gen\.go:(\d+):\d+:`)

// errorLines returns the lines of stateflow_gen.go that compiler errors name.
func errorLines(out string) []int {
	var lines []int
	for _, m := range errorLine.FindAllStringSubmatch(out, -1) {
		n, _ := strconv.Atoi(m[1])
		lines = append(lines, n)
	}
	return lines
}
