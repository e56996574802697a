package gen

import (
	"bytes"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/gen/internal/analyze"
	"github.com/stateflow-go/stateflow/gen/internal/emit"
)

// TestGenerate generates every ir-*.txtar case: a case with remote
// interactions gets diagnostics and no file, any other exactly one gofmt'ed
// stateflow_gen.go per package with entities, in that package's directory.
func TestGenerate(t *testing.T) {
	for _, c := range cases(t, "ir-") {
		t.Run(strings.TrimPrefix(c.name, "ir-"), func(t *testing.T) {
			files, diags := Generate(c.pkgs)
			if c.flag("allow-remote") {
				if len(files) != 0 || len(diags) == 0 {
					t.Fatalf("remote interactions: got %d files and %d diagnostics, want none and some", len(files), len(diags))
				}
				return
			}
			for _, d := range diags {
				t.Errorf("%s", d)
			}
			var want []string
			for _, p := range c.pkgs {
				if ap, _ := Analyze(p); ap != nil {
					want = append(want, filepath.Join(ap.Dir, analyze.GeneratedFile))
				}
			}
			if len(files) != len(want) {
				t.Fatalf("got %d files, want %d (%v)", len(files), len(want), want)
			}
			for i, f := range files {
				if f.Path != want[i] {
					t.Errorf("file %d is %s, want %s", i, f.Path, want[i])
				}
				if !bytes.HasPrefix(f.Content, []byte(emit.Header)) {
					t.Errorf("%s does not begin with %q", f.Path, emit.Header)
				}
				if _, err := parser.ParseFile(token.NewFileSet(), f.Path, f.Content, parser.SkipObjectResolution); err != nil {
					t.Errorf("%s does not parse: %v", f.Path, err)
				}
			}
		})
	}
}
