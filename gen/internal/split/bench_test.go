package split_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/gen"
	"github.com/stateflow-go/stateflow/gen/internal/split/benchprog"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

var update = flag.Bool("update", false, "rewrite the benchprog package")

// blockCounts are the sizes of the benchmarked split methods.
var blockCounts = []int{10, 100, 1000}

// benchSource returns the source of package benchprog: methods RunK with
// K blocks: if statements that suspend in one branch (four blocks each:
// the branches, the join and the resume point) and remote calls in a row
// (one block each), besides the entry and the return. The same three
// variables are live at every resume point, and their values stay small.
func benchSource() string {
	var b strings.Builder
	b.WriteString(`// Package benchprog holds split methods of 10, 100 and 1000 blocks with
// the same three live variables at every resume point, for the benchmarks
// of package split. bench.go is written by TestBenchprog (go test -update).
package benchprog

// Src answers.
//
//stateflow:entity
type Src struct {
	ID string
	N  int
}

func (s *Src) Key() string { return s.ID }

// Get returns N.
func (s *Src) Get() int { return s.N }

// Bench calls Src in long methods.
//
//stateflow:entity
type Bench struct {
	ID string
	S  *Src
}

func (b *Bench) Key() string { return b.ID }
`)
	for _, k := range blockCounts {
		fmt.Fprintf(&b, "\n// Run%d has %d blocks.\nfunc (b *Bench) Run%d(n int) int {\n\tx, y, z := n, 1, 2\n", k, k, k)
		for range (k - 2) / 4 {
			b.WriteString("\tif x >= 0 {\n\t\tx = (x + b.S.Get() + y) % 10\n\t} else {\n\t\ty++\n\t}\n\ty = (y + x) % 10\n\tz = (z + y) % 10\n")
		}
		for range (k - 2) % 4 {
			b.WriteString("\tx = (x + b.S.Get() + y) % 10\n\tz = (z + y) % 10\n")
		}
		b.WriteString("\treturn x + y + z\n}\n")
	}
	return b.String()
}

// TestBenchprog checks that package benchprog is the output of
// benchSource and stateflow gen (go test -update rewrites it), and that
// every resume point of its methods carries the same small frame.
func TestBenchprog(t *testing.T) {
	dir := "benchprog"
	src := benchSource()
	if *update {
		if err := os.WriteFile(filepath.Join(dir, "bench.go"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(filepath.Join(dir, "bench.go"))
	if err != nil || string(got) != src {
		t.Fatalf("benchprog/bench.go is stale (go test -update rewrites it): %v", err)
	}
	pkgs, diags, err := gen.Load(context.Background(), ".", "./benchprog")
	if err != nil || len(diags) > 0 {
		t.Fatalf("Load: %v %v", err, diags)
	}
	files, diags := gen.Generate(pkgs)
	if len(diags) > 0 || len(files) != 1 {
		t.Fatalf("Generate: %d files, %v", len(files), diags)
	}
	if *update {
		if err := os.WriteFile(files[0].Path, files[0].Content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gen0, err := os.ReadFile(files[0].Path)
	if err != nil || string(gen0) != string(files[0].Content) {
		t.Fatalf("benchprog/stateflow_gen.go is stale (go test -update rewrites it): %v", err)
	}
	e := benchprog.StateflowProgram().Entity("Bench")
	for _, k := range blockCounts {
		m := e.Method(fmt.Sprintf("Run%d", k))
		if got := len(m.Machine.Blocks); got != k {
			t.Errorf("%s has %d blocks, want %d", m.Name, got, k)
		}
		for _, r := range m.Machine.Resumes[1:] {
			if len(r.Live) != 3 {
				t.Errorf("%s at pc %d: live %v, want x, y and z", m.Name, r.PC, r.Live)
				break
			}
		}
		in, _ := middle(t, m)
		if len(in.Frame) == 0 || len(in.Frame) >= 200 {
			t.Errorf("%s: the frame of 3 ints has %d bytes", m.Name, len(in.Frame))
		}
	}
}

// middle runs m from its entry to its middle resume point, answering every
// call with 1, and returns the input of the step from there.
func middle(tb testing.TB, m *ir.Method) (*ir.StepIn, *benchprog.Bench) {
	state := &benchprog.Bench{ID: "b", S: &benchprog.Src{ID: "s"}}
	in := &ir.StepIn{PC: 0, Args: wire.AppendInt(nil, 3)}
	reply := wire.AppendInt(nil, 1)
	mid := (len(m.Machine.Resumes) - 1) / 2
	for {
		out := &ir.StepOut{}
		if err := m.Resume(state, in, out); err != nil || out.Done {
			tb.Fatalf("%s: step at pc %d: %v (done %v)", m.Name, in.PC, err, out.Done)
		}
		in = &ir.StepIn{PC: out.PC, Frame: append([]byte(nil), out.Frame...), Reply: reply}
		if out.PC >= mid {
			return in, state
		}
	}
}

// BenchmarkResume measures one step of split methods of 10, 100 and 1000
// blocks, from a resume point in the middle to the next: decoding the
// frame of three ints and the reply, running the block, encoding the next
// frame. Its cost does not depend on the method's size.
func BenchmarkResume(b *testing.B) {
	e := benchprog.StateflowProgram().Entity("Bench")
	for _, k := range blockCounts {
		m := e.Method(fmt.Sprintf("Run%d", k))
		b.Run(fmt.Sprintf("blocks=%d", k), func(b *testing.B) {
			in, state := middle(b, m)
			out := &ir.StepOut{}
			b.ReportAllocs()
			for b.Loop() {
				*out = ir.StepOut{Frame: out.Frame[:0]}
				if err := m.Resume(state, in, out); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(in.Frame)), "frame-bytes")
		})
	}
}
