// Package fieldfresh reads a field of another entity before and after a
// call that changes it: every read is fresh, also in a loop condition.
package fieldfresh

// Counter counts.
//
//stateflow:entity
type Counter struct {
	ID   string
	N    int
	Hist []int
}

func (c *Counter) Key() string { return c.ID }

// Inc adds d.
func (c *Counter) Inc(d int) {
	c.N += d
	c.Hist = append(c.Hist, d)
}

// Watcher watches a counter.
//
//stateflow:entity
type Watcher struct {
	ID   string
	C    *Counter
	Seen []int
}

func (w *Watcher) Key() string { return w.ID }

// Watch reads the counter around increments.
func (w *Watcher) Watch(d int) []int {
	before := w.C.N
	w.C.Inc(d)
	after := w.C.N
	w.C.Inc(d)
	w.Seen = append(w.Seen, before, after, w.C.N, len(w.C.Hist))
	for w.C.N < 10 {
		w.C.Inc(3)
	}
	return []int{before, after, w.C.N}
}
