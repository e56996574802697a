// Package switchfall chains switch clauses with fallthrough, with remote
// calls in every body and a break out of the switch decided remotely.
package switchfall

// Step adds.
//
//stateflow:entity
type Step struct {
	ID string
	N  int
}

func (s *Step) Key() string { return s.ID }

// Add adds d.
func (s *Step) Add(d int) int {
	s.N += d
	trace("add %d", d)
	return s.N
}

// Machine runs steps.
//
//stateflow:entity
type Machine struct {
	ID  string
	S   *Step
	Log []string
}

func (m *Machine) Key() string { return m.ID }

// Run enters the switch at k and falls through.
func (m *Machine) Run(k int) int {
	r := 0
	switch k {
	case 0:
		r += m.S.Add(1)
		fallthrough
	case 1:
		r += m.S.Add(10)
		fallthrough
	case 2:
		m.Log = append(m.Log, "two")
		if m.S.Add(0) > 300 {
			break
		}
		r += m.S.Add(100)
		fallthrough
	default:
		r += m.S.Add(1000)
	case 5:
		r = -m.S.Add(-5)
	}
	return r
}
