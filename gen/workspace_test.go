package gen

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/txtar"
)

// A testCase is one testdata/*.txtar file: a prose comment, a go.mod, Go
// files and want/ sections. Every case is written as one module of a single
// Go workspace, and all cases are loaded by one Load call: loading is the
// slow part of the suite.
type testCase struct {
	name  string // the file name without .txtar
	file  string // the txtar file
	ar    *txtar.Archive
	dir   string // the case's module directory
	pkgs  []*packages.Package
	diags []Diagnostic // Load's diagnostics for the case's files
}

// flag reports whether the archive comment has a line "flags: ..." naming f.
func (c *testCase) flag(f string) bool {
	for _, line := range strings.Split(string(c.ar.Comment), "\n") {
		if rest, ok := strings.CutPrefix(line, "flags:"); ok && slices.Contains(strings.Fields(rest), f) {
			return true
		}
	}
	return false
}

// want returns the content of the want/name section, and whether it exists.
func (c *testCase) want(name string) (string, bool) {
	for _, f := range c.ar.Files {
		if f.Name == "want/"+name {
			return string(f.Data), true
		}
	}
	return "", false
}

// setWant rewrites (or adds) the want/name section and the txtar file.
func (c *testCase) setWant(name, data string) error {
	i := slices.IndexFunc(c.ar.Files, func(f txtar.File) bool { return f.Name == "want/"+name })
	if i < 0 {
		c.ar.Files = append(c.ar.Files, txtar.File{Name: "want/" + name})
		i = len(c.ar.Files) - 1
	}
	c.ar.Files[i].Data = []byte(data)
	return os.WriteFile(c.file, txtar.Format(c.ar), 0o644)
}

var (
	wsOnce  sync.Once
	wsCases map[string]*testCase
	wsErr   error
	wsDir   string
)

// cases returns the test cases whose names begin with prefix, loading all
// cases on first use.
func cases(t *testing.T, prefix string) []*testCase {
	t.Helper()
	wsOnce.Do(func() { wsCases, wsErr = loadWorkspace() })
	if wsErr != nil {
		t.Fatal(wsErr)
	}
	var out []*testCase
	for _, c := range wsCases {
		if strings.HasPrefix(c.name, prefix) {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(x, y *testCase) int { return strings.Compare(x.name, y.name) })
	if len(out) == 0 {
		t.Fatalf("no testdata/%s*.txtar", prefix)
	}
	return out
}

func TestMain(m *testing.M) {
	code := m.Run()
	if wsDir != "" {
		os.RemoveAll(wsDir)
	}
	os.Exit(code)
}

// loadWorkspace writes every testdata/*.txtar into one workspace and loads
// all of them.
func loadWorkspace() (map[string]*testCase, error) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		return nil, err
	}
	wsDir, err = os.MkdirTemp("", "stateflow-gen-test")
	if err != nil {
		return nil, err
	}
	all := map[string]*testCase{}
	modules := map[string]string{}
	work := "go 1.26\n\nuse (\n"
	var patterns []string
	for _, file := range files {
		c := &testCase{name: strings.TrimSuffix(filepath.Base(file), ".txtar"), file: file}
		if c.ar, err = txtar.ParseFile(file); err != nil {
			return nil, err
		}
		c.dir = filepath.Join(wsDir, c.name)
		if err := c.write(modules); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		all[c.name] = c
		work += "\t./" + c.name + "\n"
		patterns = append(patterns, "./"+c.name+"/...")
	}
	work += ")\n"
	if err := os.WriteFile(filepath.Join(wsDir, "go.work"), []byte(work), 0o644); err != nil {
		return nil, err
	}
	cfg := &packages.Config{Dir: wsDir, Env: append(os.Environ(), "GOWORK="+filepath.Join(wsDir, "go.work"), "GOFLAGS=")}
	pkgs, diags, err := load(context.Background(), cfg, patterns)
	if err != nil {
		return nil, err
	}
	for _, p := range pkgs {
		if c := caseOf(all, p.Dir); c != nil {
			c.pkgs = append(c.pkgs, p)
		}
	}
	for _, d := range diags {
		c := caseOf(all, d.Pos.Filename)
		if c == nil {
			return nil, fmt.Errorf("diagnostic outside the cases: %s", d)
		}
		c.diags = append(c.diags, d)
	}
	for _, c := range all {
		slices.SortFunc(c.pkgs, func(x, y *packages.Package) int { return strings.Compare(x.PkgPath, y.PkgPath) })
	}
	return all, nil
}

// write writes the case's files (want sections aside) to its directory.
func (c *testCase) write(modules map[string]string) error {
	hasMod := false
	for _, f := range c.ar.Files {
		if strings.HasPrefix(f.Name, "want/") {
			continue
		}
		if f.Name == "go.mod" {
			hasMod = true
			mod := strings.Fields(string(f.Data))
			if len(mod) < 2 || mod[0] != "module" {
				return fmt.Errorf("go.mod has no module line")
			}
			if other, dup := modules[mod[1]]; dup {
				return fmt.Errorf("module %s already used by %s", mod[1], other)
			}
			modules[mod[1]] = c.name
		}
		path := filepath.Join(c.dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
	}
	if !hasMod {
		return fmt.Errorf("no go.mod section")
	}
	return nil
}

// caseOf returns the case whose directory holds path.
func caseOf(all map[string]*testCase, path string) *testCase {
	rel, err := filepath.Rel(wsDir, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil
	}
	name, _, _ := strings.Cut(filepath.ToSlash(rel), "/")
	return all[name]
}
