// Package linkedlist recurses along a linked list of entities of one type:
// the chain of pending calls is as deep as the list.
package linkedlist

// Node is a list node.
//
//stateflow:entity
type Node struct {
	ID   string
	V    int
	Next *Node
}

func (n *Node) Key() string { return n.ID }

// Sum returns the sum of the values from n to the end, and counts.
func (n *Node) Sum(depth int) int {
	trace("sum %s %d", n.ID, depth)
	if n.Next == nil {
		return n.V
	}
	return n.V + n.Next.Sum(depth+1)
}

// Scale multiplies every value from n on and returns the count.
func (n *Node) Scale(k int) int {
	n.V *= k
	if n.Next == nil {
		return 1
	}
	return 1 + n.Next.Scale(k)
}
