package emit_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// repoRoot returns the directory of the module under test.
func repoRoot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		t.Fatal("not inside a module")
	}
	return filepath.Dir(gomod)
}

// tempModule writes a module example.com that requires this repository
// (replaced by its directory) and holds the support packages of testdata.
// It returns the module's directory.
func tempModule(t *testing.T) string {
	t.Helper()
	root := repoRoot(t)
	dir := t.TempDir()
	gomod := "module example.com\n\ngo 1.26\n\n" +
		"require github.com/stateflow-go/stateflow v0.0.0\n\n" +
		"replace github.com/stateflow-go/stateflow => " + root + "\n"
	writeFile(t, filepath.Join(dir, "go.mod"), []byte(gomod))
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "go.sum"), sum)
	ar, err := txtar.ParseFile(filepath.Join("testdata", "support", "memclient.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	writeArchive(t, dir, ar)
	return dir
}

// writeArchive writes the files of ar under dir, except the expected outputs
// (want/...).
func writeArchive(t *testing.T, dir string, ar *txtar.Archive) {
	t.Helper()
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "want/") {
			continue
		}
		writeFile(t, filepath.Join(dir, filepath.FromSlash(f.Name)), f.Data)
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// goCmd runs the go command in dir, offline, and returns its combined output
// and error.
func goCmd(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GOFLAGS=-mod=mod -buildvcs=false",
		"GOPROXY=off",
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	return out.String(), err
}

// mustGo runs the go command and fails the test when it fails.
func mustGo(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := goCmd(dir, args...)
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// setGoEnv makes go/packages work offline in a temporary module.
func setGoEnv(t *testing.T) {
	t.Setenv("GOFLAGS", "-mod=mod -buildvcs=false")
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOWORK", "off")
	t.Setenv("GOTOOLCHAIN", "local")
	if os.Getenv("GOMODCACHE") == "" {
		// The module cache of the go command running the test is shared.
		if out, err := goCmd(".", "env", "GOMODCACHE"); err == nil {
			t.Setenv("GOMODCACHE", strings.TrimSpace(out))
		}
	}
}
