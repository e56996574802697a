package difftest

import (
	"fmt"
	"strings"
)

// expr writes an int expression.
func (g *randGen) expr(depth int) string {
	if depth <= 0 {
		return g.leaf()
	}
	switch g.pick(12) {
	case 0, 1, 2:
		return g.leaf()
	case 3:
		return fmt.Sprintf("(%s + %s)", g.expr(depth-1), g.expr(depth-1))
	case 4:
		return fmt.Sprintf("(%s - %s)", g.expr(depth-1), g.expr(depth-1))
	case 5:
		return fmt.Sprintf("a.Peer.Inc(%s)", g.expr(depth-1))
	case 6:
		return "a.Peer.Get()"
	case 7:
		return "a.Peer.V"
	case 8:
		if g.pick(2) == 0 {
			return fmt.Sprintf("a.Q(%s)", g.expr(depth-1))
		}
		return fmt.Sprintf("a.help(%s)", g.expr(depth-1))
	case 9:
		return fmt.Sprintf("a.Peer.Back(%s)", g.expr(depth-1))
	case 10:
		return fmt.Sprintf("b2i(%s)", g.cond(depth-1))
	default:
		return fmt.Sprintf("min(%s, %s)", g.expr(depth-1), g.expr(depth-1))
	}
}

func (g *randGen) leaf() string {
	switch g.pick(6) {
	case 0:
		return fmt.Sprint(g.pick(5))
	case 1:
		return "a.N"
	case 2:
		return fmt.Sprintf("a.Arr[%d]", g.pick(3))
	case 3:
		return "len(a.L)"
	}
	return g.vars[g.pick(len(g.vars))]
}

// dynCond writes a bool expression that is not a constant, as the cases
// of a tagless switch must be (constant cases must differ).
func (g *randGen) dynCond(depth int) string {
	for range 4 {
		if c := g.cond(depth); !isConstant(c) {
			return c
		}
	}
	return "x%2 == 0"
}

// isConstant reports whether a generated expression is constant: it
// names no variable, field or function but min.
func isConstant(e string) bool {
	return !strings.ContainsFunc(strings.ReplaceAll(e, "min(", "("), func(r rune) bool {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	})
}

// cond writes a bool expression.
func (g *randGen) cond(depth int) string {
	if depth <= 0 {
		return fmt.Sprintf("%s < %s", g.leaf(), g.leaf())
	}
	switch g.pick(7) {
	case 0:
		return fmt.Sprintf("%s < %s", g.expr(depth-1), g.expr(depth-1))
	case 1:
		return fmt.Sprintf("%s == %s", g.expr(depth-1), g.leaf())
	case 2:
		return fmt.Sprintf("a.Peer.Even(%s)", g.expr(depth-1))
	case 3:
		return fmt.Sprintf("(%s && %s)", g.cond(depth-1), g.cond(depth-1))
	case 4:
		return fmt.Sprintf("(%s || %s)", g.cond(depth-1), g.cond(depth-1))
	case 5:
		return fmt.Sprintf("!(%s)", g.cond(depth-1))
	}
	return fmt.Sprintf("%s%%2 == 0", g.expr(depth-1))
}
