// Package counterstress runs many iterations with several suspensions each:
// frames and states are encoded and decoded hundreds of times per request.
package counterstress

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

// Loop loops.
//
//stateflow:entity
type Loop struct {
	ID    string
	S     *Src
	Total int
	Hist  []int
}

func (l *Loop) Key() string { return l.ID }

// Run runs n iterations.
func (l *Loop) Run(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		v := l.S.Next()
		if v%7 == 0 {
			continue
		}
		sum += v * l.S.Next() % 13
		if i%50 == 0 {
			l.Hist = append(l.Hist, sum)
		}
	}
	l.Total += sum
	return sum
}
