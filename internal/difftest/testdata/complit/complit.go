// Package complit makes remote calls inside composite literals (slices,
// maps, structs, arrays with indices) and index expressions.
package complit

// Pair is a pair of ints.
type Pair struct {
	L, R int
}

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

// Name returns a name.
func (s *Src) Name() string { return s.ID + "!" }

// Sink collects numbers.
//
//stateflow:entity
type Sink struct {
	ID   string
	From *Src
	Xs   []int
	M    map[string]int
	P    Pair
	Arr  [3]int
	Ps   []Pair
}

func (k *Sink) Key() string { return k.ID }

// Fill fills every field with literals holding remote calls.
func (k *Sink) Fill() int {
	k.Xs = []int{k.From.Next(), 10, k.From.Next() * 2}
	k.M = map[string]int{"a": k.From.Next(), k.From.Name(): k.From.Next()}
	k.P = Pair{L: k.From.Next(), R: k.From.Next() - 1}
	k.Arr = [3]int{2: k.From.Next(), 0: k.From.Next()}
	k.Ps = append(k.Ps, Pair{k.From.Next(), len(k.Xs)}, Pair{R: k.From.Next()})
	return len(k.M) + k.Xs[len(k.Xs)-1]
}

// Index uses remote calls as indices.
func (k *Sink) Index() int {
	return k.Xs[k.From.Next()%3] + k.Arr[k.From.Next()%3] + k.M[k.From.Name()]
}

// Pairs returns a slice of structs built from remote calls.
func (k *Sink) Pairs(n int) []Pair {
	out := []Pair{}
	for i := range n {
		out = append(out, Pair{i, k.From.Next()})
	}
	return out
}
