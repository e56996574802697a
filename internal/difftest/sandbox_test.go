package difftest

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"

	"github.com/stateflow-go/stateflow/gen"
)

var (
	flagSeed    = flag.Uint64("difftest.seed", 1, "first seed of the random methods")
	flagMethods = flag.Int("difftest.methods", 30, "number of random methods")
	flagOnly    = flag.String("difftest.only", "", "build and run only the programs whose names match this regexp")
	flagKeep    = flag.Bool("difftest.keep", false, "keep the temporary module and print its directory")
	flagTimeout = flag.Duration("difftest.timeout", 0, "time a program may run in the driver (default 20s)")
)

// sandboxModule is the module path of the temporary module. It lies under
// the repository's module path so that the driver may import this
// (internal) package.
const sandboxModule = "github.com/stateflow-go/stateflow/internal/difftest/sandbox"

// sandboxProgram is one program of the sandbox: a corpus directory or a
// random method.
type sandboxProgram struct {
	name     string
	random   bool
	seed     uint64
	scenario string
	sc       *Scenario
	pkg      *Package
	// setup is a problem found before compiling (reading, instrumenting,
	// parsing the scenario).
	setup string
	diags []string // the compiler's diagnostics
	// build holds the go command's errors for the program's package.
	build  string
	result *Result
	// crash describes a driver that died or hung in the program.
	crash string
}

// sandbox is the temporary module with every program compiled and run.
type sandbox struct {
	dir      string
	programs []*sandboxProgram
	byName   map[string]*sandboxProgram
	err      error
	// timings of the phases, for the log
	timings []string
}

// timed runs f and records how long it took.
func (s *sandbox) timed(phase string, f func() error) error {
	start := time.Now()
	err := f()
	s.timings = append(s.timings, fmt.Sprintf("%s %v", phase, time.Since(start).Round(time.Millisecond)))
	return err
}

var (
	sandboxOnce sync.Once
	theSandbox  *sandbox
)

// getSandbox builds and runs the sandbox once per test binary.
func getSandbox(t *testing.T) *sandbox {
	t.Helper()
	sandboxOnce.Do(func() {
		theSandbox = &sandbox{byName: map[string]*sandboxProgram{}}
		theSandbox.err = theSandbox.build(t)
	})
	if theSandbox.err != nil {
		t.Fatal(theSandbox.err)
	}
	return theSandbox
}

func TestMain(m *testing.M) {
	code := m.Run()
	if theSandbox != nil && theSandbox.dir != "" {
		if *flagKeep {
			fmt.Fprintln(os.Stderr, "difftest: the sandbox module is in", theSandbox.dir)
		} else {
			os.RemoveAll(theSandbox.dir)
		}
	}
	os.Exit(code)
}

// goEnv is the environment of the go commands run in the sandbox: offline,
// with the module and build caches of the go command running the test.
func goEnv() []string {
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local")
	for _, v := range []string{"GOCACHE", "GOMODCACHE"} {
		if os.Getenv(v) == "" {
			if out, err := exec.Command("go", "env", v).Output(); err == nil {
				env = append(env, v+"="+strings.TrimSpace(string(out)))
			}
		}
	}
	return env
}

// build writes the sandbox module, compiles every program with the
// StateFlow compiler, builds the driver and runs it.
func (s *sandbox) build(t *testing.T) error {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		return err
	}
	if s.dir, err = os.MkdirTemp("", "stateflow-difftest"); err != nil {
		return err
	}
	gomod := "module " + sandboxModule + "\n\ngo 1.26\n\nrequire github.com/stateflow-go/stateflow v0.0.0\n\n" +
		"replace github.com/stateflow-go/stateflow => " + root + "\n"
	if err := os.WriteFile(filepath.Join(s.dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(s.dir, "go.sum"), sum, 0o644); err != nil {
		return err
	}
	if err := s.addPrograms(); err != nil {
		return err
	}
	env := goEnv()
	for _, kv := range env[len(os.Environ()):] {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	if err := s.timed("gen.Load+Generate", func() error { return s.compile(t.Context()) }); err != nil {
		return err
	}
	if len(s.runnable()) == 0 {
		return nil
	}
	var bin string
	if err := s.timed("go build", func() (err error) { bin, err = s.buildDriver(env); return err }); err != nil {
		return err
	}
	return s.timed("driver", func() error { s.runDriver(t.Context(), bin); return nil })
}

// addPrograms writes the instrumented corpus and the random programs.
func (s *sandbox) addPrograms() error {
	only, err := regexp.Compile(*flagOnly)
	if err != nil {
		return fmt.Errorf("-difftest.only: %w", err)
	}
	dirs, err := os.ReadDir("testdata")
	if err != nil {
		return err
	}
	for _, d := range dirs {
		if !d.IsDir() || !only.MatchString(d.Name()) {
			continue
		}
		p := &sandboxProgram{name: d.Name()}
		files := map[string][]byte{}
		entries, err := os.ReadDir(filepath.Join("testdata", d.Name()))
		if err != nil {
			return err
		}
		for _, e := range entries {
			b, err := os.ReadFile(filepath.Join("testdata", d.Name(), e.Name()))
			if err != nil {
				return err
			}
			if e.Name() == "scenario.txt" {
				p.scenario = string(b)
			} else if strings.HasSuffix(e.Name(), ".go") {
				files[e.Name()] = b
			}
		}
		s.add(p, files)
	}
	for i := range *flagMethods {
		seed := *flagSeed + uint64(i)
		name := fmt.Sprintf("rand%d", seed)
		if !only.MatchString(name) {
			continue
		}
		src, sc := RandomProgram(seed, name)
		s.add(&sandboxProgram{name: name, random: true, seed: seed, scenario: sc}, map[string][]byte{"r.go": []byte(src)})
	}
	if len(s.programs) == 0 {
		return fmt.Errorf("no program matches -difftest.only=%q", *flagOnly)
	}
	return nil
}

// add instruments one program and writes it to progs/<name>.
func (s *sandbox) add(p *sandboxProgram, files map[string][]byte) {
	s.programs = append(s.programs, p)
	s.byName[p.name] = p
	sc, err := ParseScenario(p.scenario)
	if err != nil {
		p.setup = "scenario.txt: " + err.Error()
		return
	}
	p.sc = sc
	pkg, err := Instrument(files)
	if err != nil {
		p.setup = "instrumenting: " + err.Error()
		return
	}
	if pkg.Name != p.name {
		p.setup = fmt.Sprintf("the package is named %s, want %s (the directory's name)", pkg.Name, p.name)
		return
	}
	p.pkg = pkg
	dir := filepath.Join(s.dir, "progs", p.name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		p.setup = err.Error()
		return
	}
	for name, src := range pkg.Files {
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			p.setup = err.Error()
			return
		}
	}
}

// compile runs gen.Load on all programs at once and gen.Generate on each,
// and writes the generated files; diagnostics go to their programs.
func (s *sandbox) compile(ctx context.Context) error {
	pkgs, diags, err := gen.Load(ctx, s.dir, "./progs/...")
	if err != nil {
		return fmt.Errorf("gen.Load: %w", err)
	}
	var files []gen.File
	for _, pkg := range pkgs {
		// One package at a time, so that a panic of the compiler is
		// charged to its program.
		fs, ds, panicked := generate(pkg)
		if panicked != "" {
			if p := s.programOf(pkg.Dir); p != nil {
				p.diags = append(p.diags, "the compiler panicked: "+panicked)
				continue
			}
			return fmt.Errorf("the compiler panicked on %s: %s", pkg.PkgPath, panicked)
		}
		files = append(files, fs...)
		diags = append(diags, ds...)
	}
	for _, d := range diags {
		p := s.programOf(d.Pos.Filename)
		if p == nil {
			return fmt.Errorf("diagnostic outside the programs: %s", d)
		}
		rel, _ := filepath.Rel(filepath.Join(s.dir, "progs"), d.Pos.Filename)
		d.Pos.Filename = rel
		p.diags = append(p.diags, d.String())
	}
	for _, p := range s.programs {
		seen := map[string]bool{}
		p.diags = slices.DeleteFunc(p.diags, func(d string) bool {
			dup := seen[d]
			seen[d] = true
			return dup
		})
	}
	for _, f := range files {
		p := s.programOf(f.Path)
		if p == nil {
			return fmt.Errorf("generated file outside the programs: %s", f.Path)
		}
		if len(p.diags) > 0 {
			continue
		}
		if err := os.WriteFile(f.Path, f.Content, 0o644); err != nil {
			return err
		}
	}
	for _, p := range s.programs {
		if p.pkg != nil && len(p.diags) == 0 {
			if _, err := os.Stat(filepath.Join(s.dir, "progs", p.name, "stateflow_gen.go")); err != nil {
				p.diags = append(p.diags, "the compiler wrote no stateflow_gen.go and reported nothing")
			}
		}
	}
	return nil
}

// generate runs gen.Generate on one package and recovers a panic.
func generate(pkg *packages.Package) (files []gen.File, diags []gen.Diagnostic, panicked string) {
	defer func() {
		if r := recover(); r != nil {
			// The frames from the panicking function on.
			stack := strings.Split(string(debug.Stack()), "\n")
			for i, l := range stack {
				if strings.HasPrefix(l, "panic(") {
					stack = stack[i+2:]
					break
				}
			}
			panicked = fmt.Sprintf("%v\n%s", r, strings.Join(stack[:min(len(stack), 16)], "\n"))
		}
	}()
	files, diags = gen.Generate([]*packages.Package{pkg})
	return files, diags, ""
}

// programOf returns the program whose directory holds path.
func (s *sandbox) programOf(path string) *sandboxProgram {
	rel, err := filepath.Rel(filepath.Join(s.dir, "progs"), path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil
	}
	name, _, _ := strings.Cut(filepath.ToSlash(rel), "/")
	return s.byName[name]
}

// runnable returns the programs the driver runs: compiled, not meant to be
// rejected, and not failed to build.
func (s *sandbox) runnable() []*sandboxProgram {
	var out []*sandboxProgram
	for _, p := range s.programs {
		if p.setup == "" && len(p.diags) == 0 && p.build == "" && p.sc.WantDiagnostic == "" {
			out = append(out, p)
		}
	}
	return out
}
