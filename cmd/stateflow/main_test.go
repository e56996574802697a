package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"stateflow": func() {
			os.Exit(run(context.Background(), os.Args[1:], &env{stdout: os.Stdout, stderr: os.Stderr, dir: "."}))
		},
	})
}

// repoRoot is the root of this module, which the scripts' modules replace
// github.com/stateflow-go/stateflow with.
func repoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(filepath.Dir(file)))
}

// TestScripts runs testdata/script/*.txtar. Each script gets a module that
// requires this repository through a replace directive, and the Go
// environment of the test (module cache, build cache) without network.
func TestScripts(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Fatalf("the scripts need the go command: %v", err)
	}
	goEnv := map[string]string{}
	for _, k := range []string{"GOCACHE", "GOMODCACHE", "GOPATH", "GOROOT"} {
		out, err := exec.Command("go", "env", k).Output()
		if err != nil {
			t.Fatal(err)
		}
		goEnv[k] = strings.TrimSpace(string(out))
	}
	root := repoRoot(t)
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(e *testscript.Env) error {
			for k, v := range goEnv {
				e.Setenv(k, v)
			}
			e.Setenv("GOPROXY", "off")
			e.Setenv("GOFLAGS", "-mod=mod")
			e.Setenv("GOTOOLCHAIN", "local")
			// Archive files are not expanded, so the replace directive of each
			// script's go.mod names the repository through a placeholder.
			mod := filepath.Join(e.WorkDir, "go.mod")
			if data, err := os.ReadFile(mod); err == nil {
				data = []byte(strings.ReplaceAll(string(data), "${STATEFLOW_ROOT}", root))
				if err := os.WriteFile(mod, data, 0o644); err != nil {
					return err
				}
			}
			return nil
		},
	})
}
