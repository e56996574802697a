// Package nilguard guards remote calls with nil checks: x != nil && x.M()
// must not call a nil reference, x == nil || !x.M() neither.
package nilguard

// Node answers checks.
//
//stateflow:entity
type Node struct {
	ID   string
	Ok   bool
	Hits int
}

func (n *Node) Key() string { return n.ID }

// Check counts and answers.
func (n *Node) Check() bool {
	n.Hits++
	return n.Ok
}

// Holder holds a node, maybe nil.
//
//stateflow:entity
type Holder struct {
	ID string
	N  *Node
}

func (h *Holder) Key() string { return h.ID }

// Set sets the node.
func (h *Holder) Set(n *Node) { h.N = n }

// Probe checks the nodes that are not nil.
func (h *Holder) Probe(other *Node) int {
	r := 0
	if h.N != nil && h.N.Check() {
		r += 1
	}
	if other != nil && other.Check() {
		r += 10
	}
	if other == nil || !other.Check() {
		r += 100
	}
	x := h.N
	if x != nil && x.Check() && other != nil && other.Check() {
		r += 1000
	}
	return r
}
