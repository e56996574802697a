package ir

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Dataflow is the program as a stateful dataflow graph (thesis Fig. 5.2): an
// ingress router feeding one operator per entity, an egress router taking
// their replies back to clients, and an edge for every remote interaction
// from one entity's operator to another's.
type Dataflow struct {
	Program   string         `json:"program"`
	Operators []DataflowNode `json:"operators"`
	Edges     []DataflowEdge `json:"edges"`
}

// DataflowNode is one entity's operator.
type DataflowNode struct {
	Entity     string   `json:"entity"`
	Operations []string `json:"operations"`
	Stateful   bool     `json:"stateful"`
}

// DataflowEdge is a remote interaction from one operator to another: the
// calls, state requests and creates found in From's methods, merged per
// target and kind.
type DataflowEdge struct {
	From    string   `json:"from"`
	To      string   `json:"to"`
	Kind    string   `json:"kind"`    // call, read or create
	Members []string `json:"members"` // the methods called, fields read or constructors used
}

// BuildDataflow derives the dataflow graph of p.
func BuildDataflow(p *Program) *Dataflow {
	df := &Dataflow{Program: p.Name, Operators: []DataflowNode{}, Edges: []DataflowEdge{}}
	type edgeKey struct{ from, to, kind string }
	members := map[edgeKey]map[string]bool{}
	for _, e := range p.Entities {
		node := DataflowNode{Entity: e.Name, Stateful: true, Operations: []string{}}
		ms := e.Methods
		if e.Constructor != nil {
			ms = append([]*Method{e.Constructor}, ms...)
		}
		for _, m := range ms {
			node.Operations = append(node.Operations, m.Name)
			for _, c := range m.Calls {
				k := edgeKey{e.Name, c.Entity, c.Kind.String()}
				if members[k] == nil {
					members[k] = map[string]bool{}
				}
				members[k][c.Member] = true
			}
		}
		df.Operators = append(df.Operators, node)
	}
	for k, set := range members {
		edge := DataflowEdge{From: k.from, To: k.to, Kind: k.kind}
		for m := range set {
			edge.Members = append(edge.Members, m)
		}
		sort.Strings(edge.Members)
		df.Edges = append(df.Edges, edge)
	}
	sort.Slice(df.Edges, func(i, j int) bool {
		a, b := df.Edges[i], df.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Kind < b.Kind
	})
	return df
}

// WriteJSON writes the graph as indented JSON.
func (df *Dataflow) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(df)
}

// WriteDOT writes the graph in Graphviz DOT: ingress and egress routers as
// diamonds, operators as boxes listing their operations, solid edges for
// calls, dashed ones for state requests and bold ones for creates.
func (df *Dataflow) WriteDOT(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %q {\n", df.Program)
	b.WriteString("  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n")
	b.WriteString("  ingress [shape=diamond, label=\"ingress router\"];\n")
	b.WriteString("  egress [shape=diamond, label=\"egress router\"];\n")
	for _, n := range df.Operators {
		label := n.Entity
		if len(n.Operations) > 0 {
			label += "|" + strings.Join(n.Operations, "\\l") + "\\l"
		}
		fmt.Fprintf(&b, "  %q [shape=record, label=%s];\n", n.Entity, dotLabel("{"+label+"}"))
		fmt.Fprintf(&b, "  ingress -> %q;\n  %q -> egress;\n", n.Entity, n.Entity)
	}
	for _, e := range df.Edges {
		style := map[string]string{"call": "solid", "read": "dashed", "create": "bold"}[e.Kind]
		fmt.Fprintf(&b, "  %q -> %q [style=%s, label=%q];\n", e.From, e.To, style, e.Kind+" "+strings.Join(e.Members, ", "))
	}
	b.WriteString("  egress -> ingress [style=dotted, label=\"internal events\"];\n}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// dotLabel quotes a DOT label, keeping its escape sequences (\\l ends a
// left-justified line) and escaping quotes.
func dotLabel(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}
