package entities

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/gen"
)

var update = flag.Bool("update", false, "rewrite graph.go and stateflow_gen.go")

// GraphSizes are the block counts the Graph methods are built for.
var graphSizes = []int{10, 100, 500, 1000}

// graphSource returns graph.go: methods RunK of about K blocks. Each if
// statement whose taken branch calls R adds four blocks (the branches, the
// join and the resume point); called with n = 1 only the first one calls,
// so a call is two steps whatever K is, and the variables n, x, y and z are
// live at every resume point.
func graphSource() string {
	var b strings.Builder
	b.WriteString(`package entities

// Graph has split methods of growing length that make one remote call (the
// thesis' EntityExecutionGraph). graph.go is written by the package's tests
// (go test -update).
//
//stateflow:entity
type Graph struct {
	ID   string
	Data []byte
	R    *Remote
}

// Key returns the entity's id.
func (g *Graph) Key() string { return g.ID }
`)
	for _, k := range graphSizes {
		fmt.Fprintf(&b, "\n// Run%d has about %d blocks and calls R once when n is 1.\nfunc (g *Graph) Run%d(n int) int {\n\tx, y, z := n, 1, 2\n", k, k, k)
		for i := range (k - 2) / 4 {
			fmt.Fprintf(&b, "\tif n == %d {\n\t\tx = (x + g.R.Execute() + y) %% 10\n\t} else {\n\t\ty = (y + 1) %% 10\n\t}\n\tz = (z + y + x) %% 10\n", i+1)
		}
		b.WriteString("\treturn x + y + z\n}\n")
	}
	return b.String()
}

// TestGeneratedFilesAreCurrent checks that graph.go is graphSource and that
// stateflow_gen.go is what stateflow gen makes of this package (go test
// -update rewrites both).
func TestGeneratedFilesAreCurrent(t *testing.T) {
	src := graphSource()
	if *update {
		if err := os.WriteFile("graph.go", []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := os.ReadFile("graph.go"); err != nil || string(got) != src {
		t.Fatalf("graph.go is stale: run go test ./internal/overhead/entities -update (%v)", err)
	}
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
		t.Error("stateflow_gen.go is stale: run go test ./internal/overhead/entities -update")
	}
}
