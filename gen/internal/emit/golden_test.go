package emit_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/stateflow-go/stateflow/gen/internal/emit"
)

var update = flag.Bool("update", false, "rewrite the want/stateflow_gen.go sections of testdata/*.txtar and the committed generated files")

const wantFile = "want/stateflow_gen.go"

// TestGolden generates each testdata case from its hand-built analysis and
// compares with the case's want/stateflow_gen.go section.
func TestGolden(t *testing.T) {
	for _, name := range caseNames(t) {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name+".txtar")
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got, err := emit.File(packages[name]())
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				setFile(ar, wantFile, got)
				if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := fileData(ar, wantFile)
			if want == nil {
				t.Fatalf("%s has no %s section; run go test -update", path, wantFile)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("generated code differs from %s (run go test -update and review the diff):\n%s", path, lineDiff(string(want), string(got)))
			}
		})
	}
}

// caseNames returns the testdata cases, which must all have an analysis.
func caseNames(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txtar")
		if packages[name] == nil {
			t.Fatalf("testdata case %s has no hand-built analysis in packages", name)
		}
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func fileData(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

func setFile(ar *txtar.Archive, name string, data []byte) {
	for i, f := range ar.Files {
		if f.Name == name {
			ar.Files[i].Data = data
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: data})
}

// lineDiff returns the first lines where want and got differ, with context.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for j := max(0, i-3); j < i; j++ {
		b.WriteString("  " + w[j] + "\n")
	}
	for j := i; j < min(len(w), i+5); j++ {
		b.WriteString("- " + w[j] + "\n")
	}
	for j := i; j < min(len(g), i+5); j++ {
		b.WriteString("+ " + g[j] + "\n")
	}
	return b.String()
}
