// Package structargs passes structs, slices of structs, maps and pointers
// as arguments and results of remote calls; the callee gets a copy, so a
// later change by the caller does not reach it.
package structargs

// Line is an order line.
type Line struct {
	Item string
	Qty  int
	Tags []string
}

// Summary sums lines.
type Summary struct {
	Lines  int
	Total  int
	ByItem map[string]int
	Last   *Line
}

// Ledger keeps lines.
//
//stateflow:entity
type Ledger struct {
	ID    string
	Lines []Line
}

func (l *Ledger) Key() string { return l.ID }

// Add records lines and returns a summary.
func (l *Ledger) Add(line Line, extra []Line) Summary {
	l.Lines = append(l.Lines, line)
	l.Lines = append(l.Lines, extra...)
	s := Summary{Lines: len(l.Lines), ByItem: map[string]int{}}
	for _, x := range l.Lines {
		s.Total += x.Qty
		s.ByItem[x.Item] += x.Qty
	}
	last := l.Lines[len(l.Lines)-1]
	s.Last = &last
	return s
}

// Clerk records lines.
//
//stateflow:entity
type Clerk struct {
	ID   string
	L    *Ledger
	Seen []Summary
}

func (c *Clerk) Key() string { return c.ID }

// Record records item and returns the total and the last line.
func (c *Clerk) Record(item string, qty int) (int, *Line) {
	line := Line{Item: item, Qty: qty, Tags: []string{"a"}}
	s := c.L.Add(line, []Line{{Item: item + "2", Qty: 1}})
	line.Qty = 999
	c.Seen = append(c.Seen, s)
	return s.Total, s.Last
}
