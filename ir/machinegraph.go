package ir

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteDOT draws the state machine of the split method entity.method in
// Graphviz DOT, like the thesis' execution graphs: a box per block, a
// suspension (the remote interaction, with the variables its frame carries)
// between the block that suspends and the block that resumes, an entry and
// a return.
func (m *Machine) WriteDOT(w io.Writer, entity, method string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %q {\n", entity+"."+method)
	b.WriteString("  node [fontname=\"Helvetica\", shape=box];\n")
	b.WriteString("  entry [shape=circle, label=\"\", style=filled, fillcolor=black, width=0.2];\n")
	b.WriteString("  return [shape=doublecircle, label=\"\", style=filled, fillcolor=black, width=0.15];\n")
	resumes := map[int]*ResumePoint{}
	for _, r := range m.Resumes {
		resumes[r.PC] = r
		if r.PC == 0 {
			fmt.Fprintf(&b, "  entry -> b%d;\n", r.Block)
		}
	}
	for _, bl := range m.Blocks {
		label := bl.Label
		if bl.Pos.File != "" {
			label = bl.Pos.String() + "\n" + label
		}
		fmt.Fprintf(&b, "  b%d [label=%s];\n", bl.ID, dotLabel(escapeDOT(label)))
		for _, s := range bl.Succs {
			fmt.Fprintf(&b, "  b%d -> b%d;\n", bl.ID, s)
		}
		if bl.Return {
			fmt.Fprintf(&b, "  b%d -> return;\n", bl.ID)
		}
		if r := resumes[bl.Suspend]; bl.Suspend != 0 && r != nil {
			call := "suspend"
			if r.Call != nil {
				call = r.Call.Kind.String() + " " + r.Call.Entity + "." + r.Call.Member
			}
			fmt.Fprintf(&b, "  s%d [shape=ellipse, style=dashed, label=%s];\n", r.PC,
				dotLabel(escapeDOT(fmt.Sprintf("pc %d: %s\nframe {%s}", r.PC, call, strings.Join(r.Live, ", ")))))
			fmt.Fprintf(&b, "  b%d -> s%d [style=dashed];\n  s%d -> b%d [style=dashed];\n", bl.ID, r.PC, r.PC, r.Block)
		}
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the state machine as indented JSON.
func (m *Machine) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(m)
}

// escapeDOT escapes backslashes and turns line breaks into DOT's centered
// line breaks.
func escapeDOT(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return strings.ReplaceAll(s, "\n", `\n`)
}
