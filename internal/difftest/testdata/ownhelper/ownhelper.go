// Package ownhelper calls an unexported split helper of the same entity
// (a nested split call) and a plain helper.
package ownhelper

// Item is in stock.
//
//stateflow:entity
type Item struct {
	ID    string
	Stock int
}

func (i *Item) Key() string { return i.ID }

// Take takes n if there are enough.
func (i *Item) Take(n int) bool {
	if n > i.Stock {
		return false
	}
	i.Stock -= n
	return true
}

// Shop sells items.
//
//stateflow:entity
type Shop struct {
	ID   string
	Sold int
	Log  []string
}

func (s *Shop) Key() string { return s.ID }

// Sell sells n and one more.
func (s *Shop) Sell(it *Item, n int) int {
	got := s.take(it, n)
	got += s.take(it, 1)
	s.note("sold")
	return got
}

// take is a split helper.
func (s *Shop) take(it *Item, n int) int {
	if !it.Take(n) {
		s.Log = append(s.Log, "short")
		return 0
	}
	s.Sold += n
	s.note("took")
	return n
}

// note is a plain helper.
func (s *Shop) note(m string) {
	trace("note %s", m)
	s.Log = append(s.Log, m)
}
