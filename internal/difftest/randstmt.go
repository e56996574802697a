package difftest

import (
	"fmt"
	"strings"
)

// stmt writes one statement.
func (g *randGen) stmt(depth int) {
	if g.unordered {
		g.unorderedStmt()
		return
	}
	k := g.pick(26)
	if depth >= 3 && k >= 15 {
		k = g.pick(15)
	}
	switch k {
	case 0, 1:
		g.w("s += %s\n", g.expr(2))
	case 2:
		g.w("a.N += %s\n", g.expr(2))
	case 3:
		g.w("r = %s\n", g.expr(2))
	case 4:
		if g.pick(2) == 0 {
			g.w("a.Arr[%d] = %s\n", g.pick(3), g.expr(2))
		} else {
			g.w("a.Arr[(%s%%3+3)%%3] += %s\n", g.expr(1), g.expr(1))
		}
	case 5:
		g.w("a.L = append(a.L, %s)\n", g.expr(1))
	case 6:
		g.w("trace(%q, s, r)\n", g.fresh("p")+" %d %d")
	case 7:
		v, ok := g.fresh("v"), g.fresh("ok")
		if g.pick(2) == 0 {
			g.w("if %s, %s := a.Peer.Pair(%s); %s {\ns += %s\n}\n", v, ok, g.expr(1), ok, v)
			return
		}
		g.w("%s, %s := a.Peer.Pair(%s)\n", v, ok, g.expr(1))
		g.w("if %s {\ns += %s\n} else {\ns -= %s\n}\n", ok, v, v)
		g.vars = append(g.vars, v)
	case 8:
		g.w("if err := a.Peer.Check(%s); err != nil {\ntrace(\"err %%v\", err)\ns++\n}\n", g.expr(1))
	case 9:
		switch g.pick(3) {
		case 0:
			g.w("a.Peer.Check(%s)\n", g.expr(1))
		case 1:
			g.w("a.Peer.Inc(%s)\n", g.expr(1))
		default:
			g.w("a.help(%s)\n", g.expr(1))
		}
	case 10:
		if len(g.loops) > 0 {
			g.jump()
			return
		}
		g.w("s -= %s\n", g.expr(1))
	case 11:
		if g.pick(3) == 0 {
			g.ret()
			return
		}
		v := g.fresh("t")
		g.w("%s := %s\ns += %s\n", v, g.expr(2), v)
		g.vars = append(g.vars, v)
	case 12:
		g.w("s, r = r, %s\n", g.expr(2))
	case 13:
		g.w("a.N, s = %s, a.N\n", g.expr(1))
	case 14:
		if g.pick(2) == 0 {
			nb := g.fresh("nb")
			g.w("a.Made++\n%s := NewB(a.ID+strconv.Itoa(a.Made), %s)\ns += %s.Inc(%s)\n", nb, g.expr(1), nb, g.expr(1))
			return
		}
		g.w("r += %s * %s\n", g.expr(1), g.expr(1))
	case 15, 16:
		g.ifStmt(depth)
	case 17, 18:
		g.switchStmt(depth)
	case 19:
		g.forClause(depth)
	case 20:
		g.forWhile(depth)
	case 21:
		g.forInfinite(depth)
	case 22:
		g.rangeInt(depth)
	case 23, 24:
		g.rangeSliceOrString(depth)
	default:
		g.rangeMap(depth)
	}
}

// unorderedStmt writes a statement whose effect does not depend on the
// order of the map range it is in.
func (g *randGen) unorderedStmt() {
	v := g.vars[len(g.vars)-1] // the map value
	switch g.pick(4) {
	case 0:
		g.w("s += %s\n", v)
	case 1:
		g.w("if a.Peer.Even(%s) {\ns++\n}\n", v)
	case 2:
		g.w("if a.Peer.Check(%s) != nil {\na.N++\n}\n", v)
	default:
		g.w("a.N += %s * 2\n", v)
	}
}

// jump writes a break or continue, maybe labeled, to an enclosing loop.
func (g *randGen) jump() {
	verb := []string{"break", "continue"}[g.pick(2)]
	cond := g.cond(1)
	if g.pick(2) == 0 {
		l := g.loops[g.pick(len(g.loops))]
		l.used = true
		g.w("if %s {\n%s %s\n}\n", cond, verb, l.label)
		return
	}
	g.w("if %s {\n%s\n}\n", cond, verb)
}

func (g *randGen) ret() {
	cond := g.cond(1)
	if g.pick(2) == 0 {
		g.w("if %s {\nreturn\n}\n", cond)
		return
	}
	g.w("if %s {\nreturn %s\n}\n", cond, g.expr(2))
}

func (g *randGen) ifStmt(depth int) {
	g.w("if %s {\n", g.cond(2))
	g.scoped(func() { g.block(depth + 1) })
	switch g.pick(3) {
	case 0:
		g.w("}\n")
	case 1:
		g.w("} else {\n")
		g.scoped(func() { g.block(depth + 1) })
		g.w("}\n")
	default:
		g.w("} else if %s {\n", g.cond(2))
		g.scoped(func() { g.block(depth + 1) })
		g.w("} else {\n")
		g.scoped(func() { g.block(depth + 1) })
		g.w("}\n")
	}
}

func (g *randGen) switchStmt(depth int) {
	tagged := g.pick(2) == 0
	initVar := ""
	switch {
	case tagged:
		g.w("switch %s {\n", g.expr(2))
	case g.pick(2) == 0:
		initVar = g.fresh("w")
		g.w("switch %s := %s; {\n", initVar, g.expr(1))
		saved := len(g.vars)
		g.vars = append(g.vars, initVar)
		defer func() { g.vars = g.vars[:saved] }()
	default:
		g.w("switch {\n")
	}
	consts := g.r.Perm(4)
	n := 1 + g.pick(3)
	for i := range n {
		var cases []string
		if tagged {
			cases = append(cases, fmt.Sprint(consts[i]))
			if g.pick(2) == 0 {
				// Not a constant: constant cases must differ.
				cases = append(cases, []string{"a.Peer.Get()", "a.N", "x", "s", "a.Peer.Inc(1)", "a.help(0)"}[g.pick(6)])
			}
		} else if i == 0 && initVar != "" {
			cases = append(cases, fmt.Sprintf("%s < %s", initVar, g.leaf()))
		} else {
			cases = append(cases, g.dynCond(1))
			if g.pick(3) == 0 {
				cases = append(cases, g.dynCond(1))
			}
		}
		g.w("case %s:\n", strings.Join(cases, ", "))
		g.scoped(func() { g.block(depth + 1) })
		if i < n-1 && g.pick(3) == 0 {
			g.w("fallthrough\n")
		}
	}
	if g.pick(2) == 0 {
		g.w("default:\n")
		g.scoped(func() { g.block(depth + 1) })
	}
	g.w("}\n")
}

// loop writes a loop's label (if used) and body; head writes the header
// from "for" to the brace, and pre the statements that start the body.
func (g *randGen) loop(depth int, head func() string, pre string, vars ...string) {
	l := &randLoop{label: g.fresh("L")}
	var body strings.Builder
	saved := g.b
	g.b = strings.Builder{}
	h := head()
	g.loops = append(g.loops, l)
	g.scoped(func() {
		g.vars = append(g.vars, vars...)
		g.w("%s", pre)
		if g.pick(3) == 0 {
			t := g.fresh("z")
			g.w("var %s int\n%s += %s\ns += %s\n", t, t, g.expr(1), t)
		}
		g.block(depth + 1)
	})
	g.loops = g.loops[:len(g.loops)-1]
	body.WriteString(g.b.String())
	g.b = saved
	if l.used {
		g.w("%s:\n", l.label)
	}
	g.w("%s {\n%s}\n", h, body.String())
}

func (g *randGen) forClause(depth int) {
	i := g.fresh("i")
	g.loop(depth, func() string {
		cond := fmt.Sprintf("%s < %d", i, 1+g.pick(3))
		if g.pick(2) == 0 {
			cond += " && " + g.cond(1)
		}
		post := i + "++"
		if g.pick(2) == 0 {
			post = fmt.Sprintf("%s += 1 + b2i(a.Peer.Even(%s))", i, i)
		}
		return fmt.Sprintf("for %s := 0; %s; %s", i, cond, post)
	}, fmt.Sprintf("s += %s\n", i), i)
}

func (g *randGen) forWhile(depth int) {
	n := g.fresh("n")
	g.w("%s := 0\n", n)
	g.vars = append(g.vars, n)
	g.loop(depth, func() string {
		return fmt.Sprintf("for %s < %d && %s", n, 1+g.pick(3), g.cond(1))
	}, n+"++\n")
}

func (g *randGen) forInfinite(depth int) {
	n := g.fresh("n")
	g.w("%s := 0\n", n)
	g.vars = append(g.vars, n)
	g.loop(depth, func() string { return "for" },
		fmt.Sprintf("%s++\nif %s > %d || %s {\nbreak\n}\n", n, n, 1+g.pick(2), g.cond(1)))
}

func (g *randGen) rangeInt(depth int) {
	i := g.fresh("i")
	g.loop(depth, func() string {
		if g.pick(2) == 0 {
			return fmt.Sprintf("for %s := range min(%s, 3)", i, g.expr(1))
		}
		return fmt.Sprintf("for %s := range %d", i, 1+g.pick(3))
	}, fmt.Sprintf("s += %s\n", i), i)
}

func (g *randGen) rangeSliceOrString(depth int) {
	i, v := g.fresh("i"), g.fresh("v")
	switch g.pick(7) {
	case 0:
		g.loop(depth, func() string {
			return fmt.Sprintf("for %s, %s := range []int{%s, %s}", i, v, g.expr(1), g.expr(1))
		}, fmt.Sprintf("s += %s * %s\n", i, v), i, v)
	case 1:
		g.loop(depth, func() string {
			return fmt.Sprintf("for %s, %s := range [3]int{%s, 2, %s}", i, v, g.expr(1), g.expr(1))
		}, fmt.Sprintf("s += %s - %s\n", i, v), i, v)
	case 2:
		g.loop(depth, func() string {
			return fmt.Sprintf("for %s := range \"a\u00e9b\"", i)
		}, fmt.Sprintf("s += %s\n", i), i)
	case 3:
		arr := g.fresh("arr")
		g.w("%s := [3]int{%s, %s, %s}\n", arr, g.expr(1), g.expr(1), g.expr(1))
		g.loop(depth, func() string {
			return fmt.Sprintf("for %s, %s := range %s", i, v, arr)
		}, fmt.Sprintf("%s[(%s+1)%%3] += %s\ns += %s * %s\n", arr, i, v, i, v), i, v)
	case 4:
		g.loop(depth, func() string {
			return fmt.Sprintf("for %s := range []int{%s, %s}", i, g.expr(1), g.expr(1))
		}, fmt.Sprintf("s += %s\n", i), i)
	case 5:
		g.loop(depth, func() string {
			return fmt.Sprintf("for %s := %d; %s > 0; %s--", i, 1+g.pick(3), i, i)
		}, fmt.Sprintf("s -= %s\n", i), i)
	default:
		c := g.fresh("c")
		g.loop(depth, func() string {
			return fmt.Sprintf("for %s, %s := range \"a\u00e9b\"", i, c)
		}, fmt.Sprintf("%s := int(%s) %% 7\ns += %s + %s\n", v, c, i, v), i, v)
	}
}

func (g *randGen) rangeMap(depth int) {
	k, v := g.fresh("k"), g.fresh("v")
	g.w("for %s, %s := range map[string]int{\"p\": %s, \"q\": %s, \"w\": 3} {\n", k, v, g.expr(1), g.expr(1))
	saved := g.unordered
	g.unordered = true
	savedLoops := g.loops
	g.loops = nil // no jumps out of an unordered body
	g.scoped(func() {
		g.vars = append(g.vars, v)
		g.w("s += len(%s)\n", k)
		for range 1 + g.pick(2) {
			g.unorderedStmt()
		}
	})
	g.loops = savedLoops
	g.unordered = saved
	g.w("}\n")
}
