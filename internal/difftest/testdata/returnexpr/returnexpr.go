// Package returnexpr makes remote calls in return statements: operands,
// && operands, several results and composite literals.
package returnexpr

// Val holds a value.
//
//stateflow:entity
type Val struct {
	ID string
	V  int
}

func (v *Val) Key() string { return v.ID }

// Get returns the value.
func (v *Val) Get() int {
	trace("get %s", v.ID)
	return v.V
}

// Ok reports a positive value.
func (v *Val) Ok() bool { return v.V > 0 }

// Name returns the id.
func (v *Val) Name() string { return "val-" + v.ID }

// R returns remote values.
//
//stateflow:entity
type R struct {
	ID   string
	A, B *Val
}

func (r *R) Key() string { return r.ID }

// Sum returns the sum.
func (r *R) Sum() int { return r.A.Get() + r.B.Get() }

// Both reports both ok.
func (r *R) Both() bool { return r.A.Ok() && r.B.Ok() }

// Pick returns two results chosen by k.
func (r *R) Pick(k int) (int, string) {
	if k > 0 {
		return r.A.Get(), r.B.Name()
	}
	return r.B.Get() * 2, r.A.Name() + "!"
}

// Nested returns a literal of remote values.
func (r *R) Nested() []int { return []int{r.A.Get(), r.B.Get(), len(r.A.Name())} }
