// Package switchtagless uses switches without tag whose cases are remote
// conditions (with && and case lists), and a switch with an init statement.
package switchtagless

// Meter holds a value.
//
//stateflow:entity
type Meter struct {
	ID string
	V  int
}

func (m *Meter) Key() string { return m.ID }

// Read returns the value.
func (m *Meter) Read() int {
	trace("read %s", m.ID)
	return m.V
}

// High reports a value above 50.
func (m *Meter) High() bool {
	trace("high %s", m.ID)
	return m.V > 50
}

// Set sets the value.
func (m *Meter) Set(v int) { m.V = v }

// Panel watches two meters.
//
//stateflow:entity
type Panel struct {
	ID    string
	A, B  *Meter
	State string
}

func (p *Panel) Key() string { return p.ID }

// Check classifies the meters.
func (p *Panel) Check() string {
	switch {
	case p.A.High() && p.B.High():
		p.State = "both"
	case p.A.High(), p.B.High():
		p.State = "one"
	case p.A.Read()+p.B.Read() == 0:
		p.State = "zero"
	default:
		p.State = "low"
	}
	switch v := p.A.Read(); {
	case v > p.B.Read():
		p.State += ">"
	case v < p.B.Read():
		p.State += "<"
	}
	return p.State
}
