// Package rangestring ranges over strings (runes and their byte offsets)
// with a remote call per rune.
package rangestring

import "strconv"

// Font knows widths.
//
//stateflow:entity
type Font struct {
	ID     string
	Widths map[string]int
}

func (f *Font) Key() string { return f.ID }

// Width returns the width of a rune.
func (f *Font) Width(r string) int {
	w, ok := f.Widths[r]
	if !ok {
		return 1
	}
	return w
}

// Text is measured.
//
//stateflow:entity
type Text struct {
	ID   string
	F    *Font
	Body string
	Pos  []int
}

func (t *Text) Key() string { return t.ID }

// Measure adds the widths of the runes of the body.
func (t *Text) Measure() int {
	w := 0
	for i, r := range t.Body {
		t.Pos = append(t.Pos, i)
		w += t.F.Width(string(r))
	}
	for i := range "ab" {
		w += t.F.Width(strconv.Itoa(i))
	}
	return w
}
