package codecbench

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stateflow-go/stateflow/gen"
)

var update = flag.Bool("update", false, "rewrite stateflow_gen.go")

// TestGeneratedFileIsCurrent compiles this package with stateflow gen and
// compares the result with the committed stateflow_gen.go.
func TestGeneratedFileIsCurrent(t *testing.T) {
	pkgs, diags, err := gen.Load(context.Background(), ".", ".")
	if err != nil || len(diags) > 0 {
		t.Fatalf("Load: %v %v", err, diags)
	}
	files, diags := gen.Generate(pkgs)
	if len(diags) > 0 || len(files) != 1 {
		t.Fatalf("Generate: %d files, diagnostics %v", len(files), diags)
	}
	f := files[0]
	if filepath.Base(f.Path) != "stateflow_gen.go" {
		t.Fatalf("generated %s", f.Path)
	}
	if *update {
		if err := os.WriteFile("stateflow_gen.go", f.Content, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	committed, err := os.ReadFile("stateflow_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, f.Content) {
		t.Error("stateflow_gen.go is stale: run go test ./internal/codecbench -run TestGeneratedFileIsCurrent -update")
	}
}
