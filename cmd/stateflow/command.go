package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
)

// env is the world a command sees: its output streams and working directory.
type env struct {
	stdout, stderr io.Writer
	dir            string
}

// command is one subcommand of stateflow.
type command struct {
	name    string
	summary string
	usage   string // the arguments after the command name
	help    string // paragraphs shown by "stateflow help name"
	flags   func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) int
}

func commands() []*command { return []*command{genCommand, graphCommand, runCommand} }

const overview = `stateflow compiles Go packages of stateful entities into stateful dataflows
and runs them.

An entity is a Go struct marked //stateflow:entity with a Key() string method;
its exported pointer methods are its operations. Write the entities as plain Go,
then:

	stateflow run ./examples/shop     serve the package over HTTP
	stateflow gen ./...               write stateflow_gen.go (go generate does too)
	stateflow graph ./examples/shop   print the dataflow as DOT

Usage:

	stateflow <command> [flags] [arguments]

Commands:
`

func usage(w io.Writer) {
	fmt.Fprint(w, overview)
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun \"stateflow help <command>\" for the flags and details of a command.\n")
}

// run dispatches args to a command and returns the exit code: 0 on success, 1
// when the command failed, 2 for bad usage.
func run(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 {
		usage(e.stderr)
		return 2
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) == 0 {
			usage(e.stdout)
			return 0
		}
		c := lookup(rest[0])
		if c == nil {
			fmt.Fprintf(e.stderr, "stateflow help: unknown command %q\n", rest[0])
			return 2
		}
		fs, _ := c.flagSet(e.stdout)
		c.printUsage(fs)
		return 0
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(e.stderr, "stateflow: unknown command %q\n\n", name)
		usage(e.stderr)
		return 2
	}
	fs, do := c.flagSet(e.stderr)
	if err := fs.Parse(rest); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	return do(ctx, e, fs.Args())
}

func lookup(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

// flagSet defines the command's flags and returns them with the function
// that runs the command once they are parsed.
func (c *command) flagSet(out io.Writer) (*flag.FlagSet, func(ctx context.Context, e *env, args []string) int) {
	fs := flag.NewFlagSet("stateflow "+c.name, flag.ContinueOnError)
	fs.SetOutput(out)
	do := c.flags(fs)
	fs.Usage = func() { c.printUsage(fs) }
	return fs, do
}

func (c *command) printUsage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprintf(w, "usage: stateflow %s %s\n\n%s\n", c.name, c.usage, strings.TrimSpace(c.help))
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprint(w, "\nFlags:\n")
		fs.PrintDefaults()
	}
}
