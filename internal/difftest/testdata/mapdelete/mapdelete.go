// Package mapdelete deletes keys of a map it ranges over, decided by remote
// calls: keys deleted before they are reached are not visited. The
// scenarios do not depend on the order of the keys.
package mapdelete

// Judge decides.
//
//stateflow:entity
type Judge struct {
	ID    string
	Calls int
}

func (j *Judge) Key() string { return j.ID }

// Stop says stop for a positive n.
func (j *Judge) Stop(n int) bool {
	j.Calls++
	return n > 0
}

// Keep keeps even values.
func (j *Judge) Keep(v int) bool {
	j.Calls++
	return v%2 == 0
}

// Sweeper sweeps maps.
//
//stateflow:entity
type Sweeper struct {
	ID   string
	J    *Judge
	Left int
}

func (s *Sweeper) Key() string { return s.ID }

// Sweep deletes every other key when the judge says stop: one visit.
func (s *Sweeper) Sweep(m map[string]int) int {
	visits := 0
	for k := range m {
		visits++
		if s.J.Stop(len(m)) {
			for other := range m {
				if other != k {
					delete(m, other)
				}
			}
		}
	}
	s.Left = len(m)
	return visits
}

// Filter deletes the entries the judge does not keep.
func (s *Sweeper) Filter(m map[string]int) map[string]int {
	for k, v := range m {
		if !s.J.Keep(v) {
			delete(m, k)
		}
	}
	return m
}
