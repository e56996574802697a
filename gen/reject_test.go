package gen

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestReject checks the diagnostics of each testdata/reject-*.txtar against
// the expectations written in its Go files, analysistest style: a comment
//
//	// want :COL "REGEXP" [:COL "REGEXP" ...]
//
// on a line expects, on that line and at column COL, one diagnostic whose
// message matches REGEXP. Every diagnostic (of Load and of Analyze) must be
// expected and every expectation met. A line "flags: allow-remote" in the
// archive comment analyses with Config.AllowRemote.
func TestReject(t *testing.T) {
	for _, c := range cases(t, "reject-") {
		t.Run(strings.TrimPrefix(c.name, "reject-"), func(t *testing.T) {
			wants, err := c.expectations()
			if err != nil {
				t.Fatal(err)
			}
			if len(wants) == 0 {
				t.Fatalf("%s expects no diagnostic", c.file)
			}
			diags := append([]Diagnostic(nil), c.diags...)
			cfg := Config{AllowRemote: c.flag("allow-remote")}
			for _, p := range c.pkgs {
				_, ds := cfg.Analyze(p)
				if _, again := cfg.Analyze(p); !slices.Equal(ds, again) {
					t.Errorf("second analysis of %s gives other diagnostics:\n%v\nfirst:\n%v", p.PkgPath, again, ds)
				}
				diags = append(diags, ds...)
			}
			for _, d := range sortDiagnostics(diags) {
				rel, _ := filepath.Rel(c.dir, d.Pos.Filename)
				key := fmt.Sprintf("%s:%d", filepath.ToSlash(rel), d.Pos.Line)
				if !wants.match(key, d.Pos.Column, d.Message) {
					t.Errorf("unexpected diagnostic %s:%d: %s", key, d.Pos.Column, d.Message)
				}
			}
			for key, ws := range wants {
				for _, w := range ws {
					if !w.met {
						t.Errorf("%s:%d: no diagnostic matching %q", key, w.col, w.re)
					}
				}
			}
		})
	}
}

// expectation is one `:COL "REGEXP"` of a want comment.
type expectation struct {
	col int
	re  *regexp.Regexp
	met bool
}

// expectations maps "file:line" to the expectations on that line.
type expectations map[string][]*expectation

func (ws expectations) match(key string, col int, msg string) bool {
	for _, w := range ws[key] {
		if !w.met && w.col == col && w.re.MatchString(msg) {
			w.met = true
			return true
		}
	}
	return false
}

var wantItem = regexp.MustCompile(`^\s*:(\d+)\s+("(?:[^"\\]|\\.)*"|` + "`[^`]*`" + `)`)

// expectations parses the want comments of the case's Go files.
func (c *testCase) expectations() (expectations, error) {
	ws := expectations{}
	for _, f := range c.ar.Files {
		if !strings.HasSuffix(f.Name, ".go") {
			continue
		}
		for i, line := range strings.Split(string(f.Data), "\n") {
			_, rest, ok := strings.Cut(line, "// want ")
			if !ok {
				continue
			}
			key := fmt.Sprintf("%s:%d", f.Name, i+1)
			for strings.TrimSpace(rest) != "" {
				m := wantItem.FindStringSubmatch(rest)
				if m == nil {
					return nil, fmt.Errorf("%s: bad want comment %q (want :COL \"REGEXP\")", key, rest)
				}
				col, _ := strconv.Atoi(m[1])
				pat, err := strconv.Unquote(m[2])
				if err != nil {
					return nil, fmt.Errorf("%s: %w", key, err)
				}
				re, err := regexp.Compile(pat)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", key, err)
				}
				ws[key] = append(ws[key], &expectation{col: col, re: re})
				rest = rest[len(m[0]):]
			}
		}
	}
	return ws, nil
}
