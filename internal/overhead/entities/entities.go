package entities

// Blob is an entity whose state is dominated by a byte slice of a fixed
// length (the thesis' Entity50KB and its larger siblings).
//
//stateflow:entity
type Blob struct {
	ID    string
	Data  []byte
	Calls int
}

// Key returns the blob's id.
func (b *Blob) Key() string { return b.ID }

// Execute counts the call and returns the count: the small operation of
// the state size experiment.
func (b *Blob) Execute() int {
	b.Calls++
	return b.Calls
}

// Remote is the entity that split methods call.
//
//stateflow:entity
type Remote struct {
	ID string
	N  int
}

// Key returns the remote's id.
func (r *Remote) Key() string { return r.ID }

// Execute counts the call and returns the count.
func (r *Remote) Execute() int {
	r.N++
	return r.N
}

// Interactive calls other entities in a loop (the thesis' EntityInteractive).
//
//stateflow:entity
type Interactive struct {
	ID     string
	Data   []byte
	Others []*Remote
}

// Key returns the entity's id.
func (e *Interactive) Key() string { return e.ID }

// Execute calls Execute on the first n entities of Others, one after the
// other, and returns the sum of their answers.
func (e *Interactive) Execute(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += e.Others[i].Execute()
	}
	return s
}
