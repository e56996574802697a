package gen

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/ir"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// TestIR compares the IR of each testdata/ir-*.txtar with its want/ir.txt
// section: the ir.Print dump of every package of the case that declares
// entities, with the details Print leaves out and the imports, analysed
// with AllowRemote. The case must have no diagnostic;
// without AllowRemote its only diagnostics are the remote interactions
// recorded in the IR, each at its call.
func TestIR(t *testing.T) {
	for _, c := range cases(t, "ir-") {
		t.Run(strings.TrimPrefix(c.name, "ir-"), func(t *testing.T) {
			for _, d := range c.diags {
				t.Errorf("load: %s", d)
			}
			got := dumpIR(t, c, Config{AllowRemote: true})
			if again := dumpIR(t, c, Config{AllowRemote: true}); again != got {
				t.Errorf("second analysis differs:\n%s\nfirst:\n%s", again, got)
			}
			checkRemoteDiagnostics(t, c)
			if *update {
				if err := c.setWant("ir.txt", got); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, ok := c.want("ir.txt")
			if !ok {
				t.Fatalf("%s has no want/ir.txt section (run go test -update)", c.file)
			}
			if got != want {
				t.Errorf("IR differs from want/ir.txt (-update rewrites it)\ngot:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestResumeGolden compares the resume functions that the ir-*.txtar cases
// with a want/resume.go section generate with that section.
func TestResumeGolden(t *testing.T) {
	n := 0
	for _, c := range cases(t, "ir-") {
		want, ok := c.want("resume.go")
		if !ok {
			continue
		}
		n++
		t.Run(strings.TrimPrefix(c.name, "ir-"), func(t *testing.T) {
			files, diags := Generate(c.pkgs)
			if len(diags) > 0 || len(files) == 0 {
				t.Fatalf("Generate: %d files, %v", len(files), diags)
			}
			var b strings.Builder
			for _, f := range files {
				b.WriteString(resumeFuncs(t, f.Content))
			}
			got := b.String()
			if *update {
				if err := c.setWant("resume.go", got); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != want {
				t.Errorf("resume functions differ from want/resume.go (-update rewrites it)\ngot:\n%s\nwant:\n%s", got, want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no case has a want/resume.go section")
	}
}

// resumeFuncs returns the resume functions of a generated file, with their
// doc comments.
func resumeFuncs(t *testing.T, src []byte) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "gen.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || !strings.Contains(fd.Name.Name, "Resume") {
			continue
		}
		start := fd.Pos()
		if fd.Doc != nil {
			start = fd.Doc.Pos()
		}
		b.Write(src[fset.Position(start).Offset:fset.Position(fd.End()).Offset])
		b.WriteString("\n\n")
	}
	return b.String()
}

// dumpIR analyses every package of the case and concatenates the dumps of
// those with entities.
func dumpIR(t *testing.T, c *testCase, cfg Config) string {
	t.Helper()
	var b strings.Builder
	for _, p := range c.pkgs {
		ap, diags := cfg.Analyze(p)
		for _, d := range diags {
			t.Errorf("%s", d)
		}
		if ap == nil {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		if err := ir.Print(&b, ap.Program); err != nil {
			t.Fatal(err)
		}
		writeDetails(&b, ap.Program)
		if len(ap.Imports) > 0 {
			fmt.Fprintf(&b, "\nimports %v\n", ap.Imports)
		}
	}
	return b.String()
}

// writeDetails writes what ir.Print leaves out: docs, variadic methods, and
// the Go expression of every field, parameter and result whose type prints
// differently.
func writeDetails(b *strings.Builder, p *ir.Program) {
	var lines []string
	add := func(format string, args ...any) { lines = append(lines, fmt.Sprintf(format, args...)) }
	goExpr := func(where string, t *ir.Type) {
		if t != nil && t.GoExpr != strings.ReplaceAll(t.String(), "ref ", "*") {
			add("go %s %s", where, t.GoExpr)
		}
	}
	for _, t := range p.Types {
		for _, f := range t.Fields {
			goExpr(t.Name+"."+f.Name, f.Type)
		}
	}
	for _, e := range p.Entities {
		if e.Doc != "" {
			add("doc %s %q", e.Name, e.Doc)
		}
		for _, f := range e.State.Fields {
			goExpr(e.Name+"."+f.Name, f.Type)
		}
		ms := e.Methods
		if e.Constructor != nil {
			ms = append([]*ir.Method{e.Constructor}, ms...)
		}
		for _, m := range ms {
			name := e.Name + "." + m.Name
			if m.Doc != "" {
				add("doc %s %q", name, m.Doc)
			}
			if m.Split && m.Machine != nil {
				what := "split"
				if m.Internal {
					what = "internal"
				}
				add("%s %s: %d blocks", what, name, len(m.Machine.Blocks))
				for _, r := range m.Machine.Resumes {
					call := "entry"
					if r.Call != nil {
						call = fmt.Sprintf("after %s %s.%s %s", r.Call.Kind, r.Call.Entity, r.Call.Member, r.Call.Pos)
					}
					add("  pc %d block %d %s live [%s]", r.PC, r.Block, call, strings.Join(r.Live, " "))
				}
			}
			if m.Variadic {
				add("variadic %s", name)
			}
			for _, ps := range m.Params {
				goExpr(name+"("+ps.Name+")", ps.Type)
			}
			for i, r := range m.Results {
				goExpr(fmt.Sprintf("%s result %d", name, i+1), r.Type)
			}
		}
	}
	if len(lines) > 0 {
		b.WriteString("\ndetails\n  " + strings.Join(lines, "\n  ") + "\n")
	}
}

// checkRemoteDiagnostics checks that the default configuration reports
// exactly the remote interactions of constructors, which run in one step:
// those of methods are split.
func checkRemoteDiagnostics(t *testing.T, c *testCase) {
	t.Helper()
	for _, p := range c.pkgs {
		remote, _ := Config{AllowRemote: true}.Analyze(p)
		_, diags := Analyze(p)
		var want []string
		if remote != nil {
			for _, e := range remote.Program.Entities {
				if e.Constructor == nil {
					continue
				}
				for _, call := range e.Constructor.Calls {
					want = append(want, call.Pos.String())
				}
			}
		}
		var got []string
		for _, d := range diags {
			if !strings.Contains(d.Message, "is not supported: a constructor runs in one step") {
				t.Errorf("unexpected diagnostic without AllowRemote: %s", d)
				continue
			}
			got = append(got, fmt.Sprintf("%s:%d:%d", filepath.Base(d.Pos.Filename), d.Pos.Line, d.Pos.Column))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %d remote diagnostics %v, want one per call of a constructor %v", p.PkgPath, len(got), got, want)
		}
	}
}
