// Package mapdeletestate ranges over a map in the entity's state while a
// call back into the entity clears it: entries deleted before they are
// reached are not visited, so the loop runs once.
package mapdeletestate

// Owner owns items.
//
//stateflow:entity
type Owner struct {
	ID    string
	Items map[string]int
	V     *Visitor
	Count int
}

func (o *Owner) Key() string { return o.ID }

// SetVisitor sets the visitor.
func (o *Owner) SetVisitor(v *Visitor) { o.V = v }

// Drop clears the items.
func (o *Owner) Drop() { clear(o.Items) }

// Walk visits the items; the first visit clears them.
func (o *Owner) Walk() int {
	n := 0
	for _, v := range o.Items {
		n++
		o.Count += o.V.Visit(v)
	}
	return n
}

// Visitor visits owners.
//
//stateflow:entity
type Visitor struct {
	ID string
	O  *Owner
}

func (v *Visitor) Key() string { return v.ID }

// Visit clears the owner's items.
func (v *Visitor) Visit(x int) int {
	v.O.Drop()
	return 1
}
