package gen

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestRun is the end-to-end test of method splitting. It writes every
// testdata/run/*.txtar case as a package of one temporary module, with the
// support package stepclient (testdata/support/stepclient.txtar), loads and
// generates them with Load and Generate, and runs go vet and the cases' own
// tests. Those run calls of split methods through stepclient, step by step
// with every state and frame encoded and decoded between steps, and the
// same calls in plain Go, and compare results, errors and panics, the notes
// the methods record (the order of their effects) and the final states.
func TestRun(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gomod := "module example.com\n\ngo 1.26\n\nrequire github.com/stateflow-go/stateflow v0.0.0\n\n" +
		"replace github.com/stateflow-go/stateflow => " + root + "\n"
	writeTestFile(t, filepath.Join(dir, "go.mod"), []byte(gomod))
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, filepath.Join(dir, "go.sum"), sum)
	support, err := txtar.ParseFile(filepath.Join("testdata", "support", "stepclient.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	writeTxtar(t, dir, support)
	matches, err := filepath.Glob(filepath.Join("testdata", "run", "*.txtar"))
	if err != nil || len(matches) == 0 {
		t.Fatalf("no run cases: %v", err)
	}
	var names []string
	for _, m := range matches {
		ar, err := txtar.ParseFile(m)
		if err != nil {
			t.Fatal(err)
		}
		// The files of a case are in the directory named after it.
		name := strings.TrimSuffix(filepath.Base(m), ".txtar")
		for _, f := range ar.Files {
			if !strings.HasPrefix(f.Name, name+"/") {
				t.Fatalf("%s: file %s is not in directory %s", m, f.Name, name)
			}
		}
		writeTxtar(t, dir, ar)
		names = append(names, name)
	}
	env := []string{"GOFLAGS=-mod=mod -buildvcs=false", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local"}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	pkgs, diags, err := Load(context.Background(), dir, "./...")
	if err != nil || len(diags) > 0 {
		t.Fatalf("Load: %v %v", err, diags)
	}
	files, diags := Generate(pkgs)
	for _, d := range diags {
		t.Errorf("%s", d)
	}
	if len(diags) > 0 {
		t.FailNow()
	}
	for _, f := range files {
		writeTestFile(t, f.Path, f.Content)
	}
	runGo(t, dir, env, "vet", "./...")
	out := runGo(t, dir, env, "test", "-count=1", "./...")
	for _, name := range names {
		if !strings.Contains(out, "ok  \texample.com/"+name) {
			t.Errorf("the tests of case %s did not run:\n%s", name, out)
		}
	}
}

func writeTxtar(t *testing.T, dir string, ar *txtar.Archive) {
	t.Helper()
	for _, f := range ar.Files {
		writeTestFile(t, filepath.Join(dir, filepath.FromSlash(f.Name)), f.Data)
	}
}

func writeTestFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// runGo runs the go command in dir and fails the test when it fails.
func runGo(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out.String())
	}
	return out.String()
}
