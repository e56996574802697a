package ir

import (
	"fmt"
	"io"
	"strings"
)

// Print writes a stable, human-readable dump of p: named struct types, then
// each entity with its state, constructor, operations and the remote calls
// found in them. Golden tests compare against it.
func Print(w io.Writer, p *Program) error {
	var b strings.Builder
	fmt.Fprintf(&b, "program %s %q\n", p.Name, p.PkgPath)
	for _, t := range p.Types {
		fmt.Fprintf(&b, "\nstruct %s", t.Name)
		if t.PkgPath != p.PkgPath && t.PkgPath != "" {
			fmt.Fprintf(&b, " from %q", t.PkgPath)
		}
		b.WriteString("\n")
		printFields(&b, "  ", t.Fields)
	}
	for _, e := range p.Entities {
		fmt.Fprintf(&b, "\nentity %s key %s  // %s\n", e.Name, e.KeyField, e.Pos)
		b.WriteString("  state\n")
		printFields(&b, "    ", e.State.Fields)
		if e.Constructor != nil {
			printMethod(&b, "constructor", e.Constructor)
		}
		for _, m := range e.Methods {
			printMethod(&b, "operation", m)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// String returns the Print dump of p.
func (p *Program) String() string {
	var b strings.Builder
	_ = Print(&b, p)
	return b.String()
}

func printFields(b *strings.Builder, indent string, fs []*Field) {
	for _, f := range fs {
		fmt.Fprintf(b, "%s%s %s", indent, f.Name, f.Type)
		if f.JSONName != f.Name {
			fmt.Fprintf(b, " json=%s", f.JSONName)
		}
		if f.Embedded {
			b.WriteString(" embedded")
		}
		if f.Transient {
			b.WriteString(" transient")
		}
		b.WriteString("\n")
	}
}

func printMethod(b *strings.Builder, what string, m *Method) {
	fmt.Fprintf(b, "  %s %s(%s)", what, m.Name, params(m.Params))
	switch {
	case len(m.Results) == 1 && m.Results[0].Name == "" && !m.Error:
		fmt.Fprintf(b, " %s", m.Results[0].Type)
	case len(m.Results) > 0 || m.Error:
		rs := params(m.Results)
		if m.Error {
			if rs != "" {
				rs += ", "
			}
			rs += "error"
		}
		fmt.Fprintf(b, " (%s)", rs)
	}
	if m.Readonly {
		b.WriteString(" readonly")
	}
	fmt.Fprintf(b, "  // %s\n", m.Pos)
	for _, c := range m.Calls {
		fmt.Fprintf(b, "    %s %s.%s  // %s\n", c.Kind, c.Entity, c.Member, c.Pos)
	}
}

func params(ps []*Param) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		if p.Name == "" {
			parts[i] = p.Type.String()
		} else {
			parts[i] = p.Name + " " + p.Type.String()
		}
	}
	return strings.Join(parts, ", ")
}
