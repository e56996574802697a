package difftest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// runDriver runs the driver on every runnable program and stores the
// results. A program that hangs (no result within the timeout) or crashes
// the driver is marked, and the driver is started again on the programs
// after it.
func (s *sandbox) runDriver(ctx context.Context, bin string) {
	timeout := *flagTimeout
	if timeout == 0 {
		timeout = 20 * time.Second
	}
	todo := s.runnable()
	for len(todo) > 0 {
		names := make([]string, len(todo))
		for i, p := range todo {
			names[i] = p.name
		}
		current, err := s.driverPass(ctx, bin, names, timeout)
		if err == nil {
			return
		}
		// The pass stopped in current: mark it and go on after it.
		i := 0
		for i < len(todo) && todo[i].name != current {
			i++
		}
		if i == len(todo) {
			for _, p := range todo {
				if p.result == nil {
					p.crash = err.Error()
				}
			}
			return
		}
		todo[i].crash = err.Error()
		todo = todo[i+1:]
	}
}

// driverPass runs the driver once. It returns nil when every program
// answered, else the program that was running and what went wrong.
func (s *sandbox) driverPass(ctx context.Context, bin string, names []string, timeout time.Duration) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-run", strings.Join(names, ","))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return "", err
	}
	if err := cmd.Start(); err != nil {
		return "", err
	}
	lines := make(chan []byte)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			lines <- bytes.Clone(sc.Bytes())
		}
		close(lines)
	}()
	current := ""
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		select {
		case raw, ok := <-lines:
			if !ok {
				werr := cmd.Wait()
				if current != "" {
					return current, fmt.Errorf("the driver died (%v) while running the program:\n%s", werr, tail(stderr.String(), 60))
				}
				if werr != nil {
					return "", fmt.Errorf("the driver failed: %v\n%s", werr, tail(stderr.String(), 60))
				}
				return "", nil
			}
			var l Line
			if err := json.Unmarshal(raw, &l); err != nil {
				return current, fmt.Errorf("the driver wrote %q: %v", raw, err)
			}
			if l.Start != "" {
				current = l.Start
				timer.Reset(timeout)
				continue
			}
			if l.Result != nil {
				if p := s.byName[l.Result.Program]; p != nil {
					r := *l.Result
					p.result = &r
				}
				current = ""
			}
		case <-timer.C:
			if current == "" {
				timer.Reset(timeout)
				continue
			}
			cancel()
			for range lines {
			}
			cmd.Wait()
			return current, fmt.Errorf("no result after %v: the program does not terminate in plain Go or in the runtime", timeout)
		}
	}
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{"..."}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

var buildErrorHeader = regexp.MustCompile(`(?m)^# ` + regexp.QuoteMeta(sandboxModule) + `/progs/([^\s]+)$`)

// buildDriver writes the driver and builds it with one go build. A program
// whose package fails to build is set aside with the go command's errors
// and the driver is built again without it.
func (s *sandbox) buildDriver(env []string) (string, error) {
	bin := filepath.Join(s.dir, "driver.bin")
	for range 4 {
		progs := s.runnable()
		if len(progs) == 0 {
			return "", fmt.Errorf("no program builds")
		}
		if err := os.MkdirAll(filepath.Join(s.dir, "driver"), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(s.dir, "driver", "main.go"), driverSource(progs), 0o644); err != nil {
			return "", err
		}
		cmd := exec.Command("go", "build", "-o", bin, "./driver")
		cmd.Dir, cmd.Env = s.dir, env
		out, err := cmd.CombinedOutput()
		if err == nil {
			return bin, nil
		}
		blamed := false
		for _, section := range splitBuildOutput(string(out)) {
			if p := s.byName[section.pkg]; p != nil && p.build == "" {
				p.build, blamed = section.text, true
			}
		}
		if !blamed {
			return "", fmt.Errorf("go build of the driver: %v\n%s", err, out)
		}
	}
	return "", fmt.Errorf("go build of the driver keeps failing")
}

type buildSection struct{ pkg, text string }

// splitBuildOutput splits the go command's output into the sections of the
// program packages ("# module/progs/name" and the lines that follow).
func splitBuildOutput(out string) []buildSection {
	var secs []buildSection
	locs := buildErrorHeader.FindAllStringSubmatchIndex(out, -1)
	for i, loc := range locs {
		end := len(out)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		name := out[loc[2]:loc[3]]
		name, _, _ = strings.Cut(name, " ")
		secs = append(secs, buildSection{name, strings.TrimSpace(out[loc[1]:end])})
	}
	return secs
}

// driverSource writes the driver's main package.
func driverSource(progs []*sandboxProgram) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by the differential test harness. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"reflect\"\n\n")
	b.WriteString("\t\"github.com/stateflow-go/stateflow/internal/difftest\"\n")
	for _, p := range progs {
		fmt.Fprintf(&b, "\t%s %q\n", p.name, sandboxModule+"/progs/"+p.name)
	}
	b.WriteString(")\n\nvar programs = []difftest.Program{\n")
	for _, p := range progs {
		fmt.Fprintf(&b, "\t{\n\t\tName: %q,\n\t\tScenario: %s,\n\t\tIR: %s.StateflowProgram,\n", p.name, strconv.Quote(p.scenario), p.name)
		b.WriteString("\t\tEntities: map[string]reflect.Type{\n")
		for _, e := range p.pkg.Entities {
			fmt.Fprintf(&b, "\t\t\t%q: reflect.TypeFor[%s.%s](),\n", e, p.name, e)
		}
		b.WriteString("\t\t},\n\t\tConstructors: map[string]any{\n")
		for _, e := range p.pkg.Entities {
			if c, ok := p.pkg.Constructors[e]; ok {
				fmt.Fprintf(&b, "\t\t\t%q: %s.%s,\n", e, p.name, c)
			}
		}
		fmt.Fprintf(&b, "\t\t},\n\t\tTakeNotes: %s.DifftestTakeNotes,\n\t\tOnCreate: %s.DifftestOnCreate,\n\t},\n", p.name, p.name)
	}
	b.WriteString("}\n\nfunc main() { difftest.Main(programs) }\n")
	return b.Bytes()
}
