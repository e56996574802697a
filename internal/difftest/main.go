package difftest

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
)

// Line is one line of the driver's output: the name of the program about
// to run, or its result. The test reads them as they come, so that a
// program that never ends or crashes the driver is identified.
type Line struct {
	Start  string  `json:"start,omitempty"`
	Result *Result `json:"result,omitempty"`
}

// Main is the driver's main function: it runs the programs named by the
// -run flag (a comma-separated list; all when empty) in order and writes one
// Line before and one after each to standard output.
func Main(programs []Program) {
	run := flag.String("run", "", "comma-separated names of the programs to run (default all)")
	flag.Parse()
	want := map[string]bool{}
	for _, n := range strings.Split(*run, ",") {
		if n != "" {
			want[n] = true
		}
	}
	enc := json.NewEncoder(os.Stdout)
	ctx := context.Background()
	for i := range programs {
		p := &programs[i]
		if len(want) > 0 && !want[p.Name] {
			continue
		}
		if err := enc.Encode(Line{Start: p.Name}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		r := RunProgram(ctx, p)
		if err := enc.Encode(Line{Result: &r}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
}
