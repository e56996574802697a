package split

import (
	"go/types"
	"maps"
	"slices"
	"testing"
)

func TestRenameIdents(t *testing.T) {
	rename := map[string]string{"sfT2": "sfT1", "sfT3": "sfT1"}
	for _, c := range []struct{ in, want string }{
		{"sfT2 = sfT3 + x", "sfT1 = sfT1 + x"},
		{`s = "sfT2" + sfT2 // sfT3`, `s = "sfT2" + sfT1 // sfT3`},
		{"sfT22 = sfT2x", "sfT22 = sfT2x"},
		{"", ""},
	} {
		if got := renameIdents(c.in, rename); got != c.want {
			t.Errorf("renameIdents(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestReadNames(t *testing.T) {
	code := `a = b + c
d, e = f()
g++
h += 1
i.x = j
k[l] = m
sfBlock = 3
continue sfLoop`
	got := slices.Sorted(maps.Keys(readNames(code)))
	// Go's rule: only the left side of an assignment (or of ++) is not a
	// read; i and k are read to assign through them.
	// (_ and p are the wrapper's function and package names.)
	want := []string{"_", "b", "c", "f", "i", "j", "k", "l", "m", "p", "sfLoop", "x"}
	if !slices.Equal(got, want) {
		t.Errorf("readNames = %v, want %v", got, want)
	}
}

func TestVarSet(t *testing.T) {
	s := newVarSet(130)
	for _, i := range []int{0, 63, 64, 129} {
		s.add(i)
	}
	s.remove(63)
	var got []int
	s.each(func(i int) { got = append(got, i) })
	if !slices.Equal(got, []int{0, 64, 129}) || !s.has(129) || s.has(63) {
		t.Errorf("members %v", got)
	}
	c := s.clone()
	c.add(5)
	if s.equal(c) || s.has(5) {
		t.Error("clone shares storage")
	}
}

func TestUnnameable(t *testing.T) {
	self := types.NewPackage("example.com/p", "p")
	other := types.NewPackage("example.com/q", "q")
	hidden := types.NewNamed(types.NewTypeName(0, other, "hidden", nil), types.Typ[types.Int], nil)
	shown := types.NewNamed(types.NewTypeName(0, other, "Shown", nil), types.Typ[types.Int], nil)
	for _, c := range []struct {
		t    types.Type
		want bool
	}{
		{types.NewSlice(hidden), true},
		{types.NewMap(types.Typ[types.String], shown), false},
		{types.NewPointer(types.NewStruct([]*types.Var{types.NewField(0, other, "f", types.Typ[types.Int], false)}, nil)), true},
	} {
		if got := unnameable(c.t, self, map[types.Type]bool{}) != ""; got != c.want {
			t.Errorf("unnameable(%s) = %v, want %v", c.t, got, c.want)
		}
	}
}
