package gen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestGenerateBuilds writes the generated files of the ir-*.txtar cases
// without remote interactions next to their sources, in a workspace that
// also holds this module, and type-checks the result. Analysing the
// packages again, generated files included, gives the same programs and
// no diagnostic: the analysis ignores stateflow_gen.go.
func TestGenerateBuilds(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	work := "go " + goVersion(t, filepath.Join(root, "go.mod")) + "\n\nuse (\n\t" + root + "\n"
	var patterns []string
	programs := map[string]string{} // package path -> ir dump
	for _, c := range cases(t, "ir-") {
		if c.flag("allow-remote") {
			continue
		}
		for _, p := range c.pkgs {
			if ap, _ := Analyze(p); ap != nil {
				programs[p.PkgPath] = ap.Program.String()
			}
		}
		files, diags := Generate(c.pkgs)
		if len(diags) > 0 {
			t.Fatalf("%s: %v", c.name, diags)
		}
		if err := os.CopyFS(filepath.Join(dir, c.name), os.DirFS(c.dir)); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			rel, err := filepath.Rel(c.dir, f.Path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, c.name, rel), f.Content, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		work += "\t./" + c.name + "\n"
		patterns = append(patterns, "./"+c.name+"/...")
	}
	work += ")\n"
	if err := os.WriteFile(filepath.Join(dir, "go.work"), []byte(work), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedTypes | packages.NeedImports |
			packages.NeedSyntax | packages.NeedTypesInfo,
		Dir: dir,
		Env: append(os.Environ(), "GOWORK="+filepath.Join(dir, "go.work"), "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msg := e.Error()
			if strings.Contains(msg, "\n") {
				msg = strings.ReplaceAll(msg, dir+string(filepath.Separator), "")
			}
			t.Errorf("%s: %s", p.PkgPath, msg)
		}
	})
	for _, p := range pkgs {
		ap, diags := Analyze(p)
		for _, d := range diags {
			t.Errorf("analysis with the generated file: %s", d)
		}
		got := ""
		if ap != nil {
			got = ap.Program.String()
		}
		if got != programs[p.PkgPath] {
			t.Errorf("%s: analysis with the generated file differs:\n%s\nwant:\n%s", p.PkgPath, got, programs[p.PkgPath])
		}
	}
}

// goVersion returns the go directive of a go.mod file: a workspace's must
// not be lower than its modules'.
func goVersion(t *testing.T, gomod string) string {
	data, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "go "); ok {
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("%s has no go directive", gomod)
	return ""
}
