// Package framekinds keeps locals of many kinds live across remote calls:
// strings, byte slices, floats, times, durations, arrays, nested slices,
// maps of structs and pointers; the frame must carry each exactly.
package framekinds

import (
	"strings"
	"time"
)

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

// Pt is a point.
type Pt struct {
	X, Y float64
	Name string
}

// F keeps locals.
//
//stateflow:entity
type F struct {
	ID  string
	S   *Src
	Out string
}

func (f *F) Key() string { return f.ID }

// Keep builds locals before a call and uses them after it.
func (f *F) Keep(word string) (string, []byte, float64, time.Time, time.Duration, [2]Pt, [][]int, map[string]Pt, *Pt) {
	s := strings.Repeat(word, 2)
	b := []byte(word)
	fl := 1.5
	tm := time.Date(2024, 2, 29, 12, 30, 0, 0, time.UTC)
	d := 90 * time.Second
	arr := [2]Pt{{1, 2, "a"}, {X: 3}}
	nested := [][]int{{1}, nil, {2, 3}}
	m := map[string]Pt{"p": {Y: 4}}
	var nilp *Pt
	p := &Pt{Name: word}
	n := f.S.Next()
	s += "!"
	b = append(b, byte('0'+n%10))
	fl *= float64(n)
	tm = tm.Add(time.Duration(n) * time.Hour)
	d += time.Duration(f.S.Next()) * time.Millisecond
	arr[1].Y = float64(n)
	nested[1] = append(nested[1], n)
	m["q"] = Pt{X: fl}
	p.X = float64(f.S.Next())
	if nilp == nil {
		f.Out = s
	}
	return s, b, fl, tm, d, arr, nested, m, p
}
