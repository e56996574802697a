// Package loopvars changes and shadows loop variables around remote calls:
// Go 1.22 gives each iteration its own variables, and a change made in the
// body carries over to the next iteration of a three-clause loop.
package loopvars

// Src hands out numbers.
//
//stateflow:entity
type Src struct {
	ID string
	N  int
}

func (s *Src) Key() string { return s.ID }

// Next returns the next number.
func (s *Src) Next() int {
	s.N++
	return s.N
}

// Collector collects.
//
//stateflow:entity
type Collector struct {
	ID string
	S  *Src
}

func (c *Collector) Key() string { return c.ID }

// Collect runs loops whose variables change.
func (c *Collector) Collect(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		v := c.S.Next()
		if v%3 == 0 {
			i++
		}
		out = append(out, i*100+v)
		i := i * 2
		out = append(out, i)
	}
	for i, x := range []int{10, 20, 30} {
		x += c.S.Next()
		i += 5
		out = append(out, i, x)
	}
	return out
}
