package split

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/stateflow-go/stateflow/ir"
)

var errorType = types.Universe.Lookup("error").Type()

// callWhat names the interaction of a resume point in messages.
func callWhat(c *Call) string {
	switch c.Kind {
	case ir.ReadField:
		return "the read of " + c.Desc
	case ir.CreateEntity:
		return "the creation of " + c.Entity + " with " + c.Member
	}
	return "the call to " + c.Desc
}

// checkFrames checks the variables that some frame carries: their types
// must be serializable, they must not alias the state or each other, and
// no function literal may capture them nor may their address be taken.
// Variables of lowered loops are per-iteration variables in Go: they may
// be neither captured nor addressed either.
func (l *lowerer) checkFrames() {
	first := map[*Var]*Resume{}
	for _, r := range l.m.Resumes {
		for _, v := range r.Frame {
			if first[v] == nil {
				first[v] = r
			}
		}
	}
	at := func(r *Resume) string { return callWhat(r.Call) + " at " + r.Call.Pos.String() }
	for _, v := range l.m.Vars {
		r := first[v]
		if r == nil || v.Type != nil {
			continue
		}
		if types.Identical(v.typ, errorType) {
			// An error travels as its message (see Var.Error).
			v.Error = true
			continue
		}
		t, probs := l.in.TypeOf(v.typ)
		if probs != nil {
			if !v.reported {
				hint := ""
				if _, ok := v.typ.Underlying().(*types.Signature); ok {
					hint = ": a function value (a function literal, a method value) cannot cross a suspension point; call it before, or create it after"
				}
				l.errorf(v.pos, "%s is live across %s, but %s%s", v.desc, at(r), probs[0], hint)
			}
			v.reported = true
			continue
		}
		v.Type = t
	}
	// Aliasing: with the state, then between the variables of a frame,
	// through the flows that can happen before the suspension point.
	reported := map[*Var]bool{}
	for _, v := range l.m.Vars {
		reported[v] = v.reported
	}
	nodeBlock := l.nodeBlocks()
	reach := l.reachSPs()
	for k, r := range l.m.Resumes {
		refs := false
		for _, v := range r.Frame {
			refs = refs || (!v.noAlias && l.refBearing(v.typ))
		}
		if !refs {
			continue
		}
		l.alias.build(func(e aliasEdge) bool {
			b := e.block
			if e.node != nil {
				nb, ok := nodeBlock[e.node]
				if !ok {
					return false
				}
				b = nb
			}
			return b >= 0 && reach[b].has(k)
		})
		for i, v := range r.Frame {
			if v.noAlias || reported[v] {
				continue
			}
			vRef := l.refBearing(v.typ)
			if vRef && l.alias.same(v.obj, l.alias.state) {
				reported[v] = true
				l.errorf(v.pos, "%s refers to the state of %s and is live across %s: after it, the variable would hold a copy; read the state again after the call, or copy the value first (slices.Clone, maps.Clone)",
					v.desc, l.m.Entity, at(r))
				continue
			}
			for _, w := range r.Frame[i+1:] {
				if w.noAlias || reported[w] || !(vRef || l.refBearing(w.typ)) || !l.alias.same(v.obj, w.obj) {
					continue
				}
				reported[w] = true
				l.errorf(w.pos, "%s and %s may share memory and are both live across %s: after it, they would be separate copies",
					w.desc, v.name(), at(r))
			}
		}
	}
	l.checkCaptures()
}

func (v *Var) name() string {
	if v.obj != nil && !v.temp {
		return v.obj.Name()
	}
	return v.desc
}

// checkCaptures reports the function literals that capture, and the &
// operations that take the address of, a variable declared in a lowered
// loop, when the function or pointer is stored rather than called or
// passed to a call: Go gives each iteration its own variable, the resume
// function has one for all iterations. (Other captures are fine: a
// function value cannot be live across a suspension point, its type
// cannot be serialized; pointers that share memory with frame variables
// are caught by the aliasing rule.)
func (l *lowerer) checkCaptures() {
	reported := map[*Var]bool{}
	const why = "it is declared in a loop that is split at its suspension points, where Go gives each iteration its own variable"
	var stack []ast.Node
	ast.Inspect(l.in.Decl.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		parent := ast.Node(nil)
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncLit:
			if l.passed(n, parent) {
				return true
			}
			ast.Inspect(n.Body, func(c ast.Node) bool {
				id, ok := c.(*ast.Ident)
				if !ok {
					return true
				}
				if v := l.vars[l.info.Uses[id]]; v != nil && v.inLoop && !reported[v] {
					reported[v] = true
					l.errorf(id.Pos(), "a function literal that is stored cannot capture %s: %s", v.name(), why)
				}
				return true
			})
		case *ast.UnaryExpr:
			if n.Op != token.AND || l.passed(n, parent) {
				return true
			}
			if v := l.rootVar(n.X); v != nil && v.inLoop && !reported[v] {
				reported[v] = true
				l.errorf(n.OpPos, "cannot store the address of %s: %s", v.name(), why)
			}
		}
		return true
	})
}

// passed reports a function literal or address that is called or passed
// to a call (other than append's), not stored.
func (l *lowerer) passed(n ast.Expr, parent ast.Node) bool {
	call, ok := parent.(*ast.CallExpr)
	if !ok {
		return false
	}
	if call.Fun == n {
		return true
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := l.info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
			return false
		}
	}
	return true
}

// rootVar returns the function-level variable whose memory &x points
// into, through fields and array elements.
func (l *lowerer) rootVar(x ast.Expr) *Var {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.Ident:
			return l.vars[l.info.Uses[e]]
		case *ast.SelectorExpr:
			if isPointer(l.info.TypeOf(e.X)) {
				return nil
			}
			x = e.X
		case *ast.IndexExpr:
			if _, ok := l.info.TypeOf(e.X).Underlying().(*types.Array); !ok {
				return nil
			}
			x = e.X
		default:
			return nil
		}
	}
}

// nodeBlocks maps every node of the source the blocks' code runs to its
// block.
func (l *lowerer) nodeBlocks() map[ast.Node]int {
	m := map[ast.Node]int{}
	for _, b := range l.blocks {
		for _, s := range b.stmts {
			if s.src == nil {
				continue
			}
			ast.Inspect(s.src, func(n ast.Node) bool {
				if n != nil {
					m[n] = b.ID
				}
				return true
			})
		}
	}
	return m
}

// reachSPs returns, for every block, the suspension points (by index in
// Resumes) that control can reach from it, across steps.
func (l *lowerer) reachSPs() []varSet {
	n := len(l.m.Resumes)
	reach := make([]varSet, len(l.blocks))
	for i := range reach {
		reach[i] = newVarSet(n)
	}
	for changed := true; changed; {
		changed = false
		for i := len(l.blocks) - 1; i >= 0; i-- {
			b := l.blocks[i]
			r := reach[i].clone()
			add := func(to int) { r.union(reach[to]) }
			for _, s := range b.stmts {
				for _, j := range s.jumps {
					add(j.to)
				}
			}
			switch t := b.Term; t.Kind {
			case Jump:
				add(t.To)
			case Branch:
				add(t.Then)
				add(t.Else)
			case Suspend:
				r.add(t.PC - 1)
				add(l.m.Resumes[t.PC-1].Block)
			}
			if !r.equal(reach[i]) {
				reach[i] = r
				changed = true
			}
		}
	}
	return reach
}
