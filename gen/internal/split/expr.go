package split

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// hoister evaluates the expressions of one statement that contains
// suspension points, in Go's order of evaluation as the gc compiler
// implements it: the calls and logical operations ("units") of the
// statement run left to right, each right after the evaluation of its
// operands; plain reads of variables, fields and elements happen after all
// calls. So every unit up to the last suspending one is hoisted into
// temporaries (in order), state requests are reads (made when the unit
// whose operand they are runs, else after the last suspending unit), and
// the residual statement reads the temporaries.
type hoister struct {
	l     *lowerer
	subst map[ast.Node]*sub
	// last is the index, in evaluation order, of the last unit that
	// suspends; units before it are hoisted.
	last  int
	idx   int
	reads []*ast.SelectorExpr // state requests not evaluated yet
	dry   bool
	// discard is a top-level call whose results the statement drops;
	// dropped reports that it ran.
	discard ast.Expr
	dropped bool
}

// hoisted is the outcome of hoisting: the substitutions of the residual
// statement, and whether the dropped top-level call ran already (the
// statement has no residual).
type hoisted struct {
	subst   map[ast.Node]*sub
	dropped bool
}

// hoist evaluates the suspension points of exprs (in order) and returns
// the substitutions of their residual form. discard is a call whose
// results are dropped (an expression statement), or nil.
func (l *lowerer) hoist(discard ast.Expr, exprs ...ast.Expr) *hoisted {
	dry := &hoister{l: l, dry: true, last: -1}
	for _, x := range exprs {
		dry.visit(x)
	}
	h := &hoister{l: l, subst: map[ast.Node]*sub{}, last: dry.last, discard: discard}
	for _, x := range exprs {
		h.visit(x)
	}
	h.flush(0)
	return &hoisted{subst: h.subst, dropped: h.dropped}
}

// visit evaluates the units of x that must run before the statement's
// last suspension point.
func (h *hoister) visit(x ast.Expr) {
	switch x := x.(type) {
	case nil:
	case *ast.ParenExpr:
		h.visit(x.X)
	case *ast.CompositeLit:
		if m, ok := h.l.info.TypeOf(x).Underlying().(*types.Map); ok {
			h.mapLit(x, m)
			return
		}
		for _, e := range x.Elts {
			h.visit(e)
		}
	case *ast.KeyValueExpr:
		if !h.isFieldKey(x.Key) {
			h.visit(x.Key)
		}
		h.visit(x.Value)
	case *ast.SelectorExpr:
		h.visit(x.X)
		if sp := h.l.in.SPs[x]; sp != nil && !h.dry {
			h.reads = append(h.reads, x)
		}
	case *ast.IndexExpr:
		h.visit(x.X)
		if !h.isType(x.Index) {
			h.visit(x.Index)
		}
	case *ast.IndexListExpr:
		h.visit(x.X)
	case *ast.SliceExpr:
		h.visit(x.X)
		h.visit(x.Low)
		h.visit(x.High)
		h.visit(x.Max)
	case *ast.StarExpr:
		h.visit(x.X)
	case *ast.UnaryExpr:
		h.visit(x.X)
	case *ast.TypeAssertExpr:
		h.visit(x.X)
	case *ast.BinaryExpr:
		if x.Op == token.LAND || x.Op == token.LOR {
			h.logical(x)
			return
		}
		h.visit(x.X)
		h.visit(x.Y)
	case *ast.CallExpr:
		h.call(x)
	}
}

func (h *hoister) isType(x ast.Expr) bool {
	tv, ok := h.l.info.Types[x]
	return ok && tv.IsType()
}

// isFieldKey reports the key of a struct literal's element: a field name.
func (h *hoister) isFieldKey(k ast.Expr) bool {
	id, ok := k.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := h.l.info.Uses[id].(*types.Var)
	return ok && v.IsField()
}

// unit returns the index of the next unit and whether it is hoisted.
func (h *hoister) unit(suspends bool) (int, bool) {
	i := h.idx
	h.idx++
	if h.dry {
		if suspends {
			h.last = i
		}
		return i, false
	}
	return i, suspends || i < h.last
}

// call evaluates a call: its function or receiver, then its arguments,
// then the call itself when it is hoisted.
func (h *hoister) call(x *ast.CallExpr) {
	l := h.l
	if h.isType(x.Fun) || h.pureBuiltin(x) {
		for _, a := range x.Args {
			h.visit(a)
		}
		return
	}
	mark := len(h.reads)
	switch fun := ast.Unparen(x.Fun).(type) {
	case *ast.SelectorExpr:
		if l.info.Selections[fun] != nil {
			h.visit(fun.X)
		}
	case *ast.Ident:
	default:
		h.visit(x.Fun)
	}
	for _, a := range x.Args {
		h.visit(a)
	}
	sp := l.in.SPs[x]
	if _, hoisted := h.unit(sp != nil); !hoisted {
		return
	}
	h.flush(mark)
	drop := ast.Expr(x) == h.discard
	h.dropped = h.dropped || drop
	if sp != nil {
		vs := l.suspendCall(x, sp, h.subst, drop)
		if !drop {
			h.subst[x] = subOf(vs)
		}
		return
	}
	code, uses, _ := l.render(x, h.subst)
	if drop {
		l.emitf(uses, nil, "%s", code)
		return
	}
	vs := h.temps(x, "the result of "+l.exprString(x))
	objs := make([]types.Object, len(vs))
	for i, v := range vs {
		objs[i] = v.obj
	}
	l.alias.record(nil, objs, l.alias.sources(x))
	l.emitf(uses, vs, "%s = %s", names(vs), code)
	h.subst[x] = subOf(vs)
}

// temps declares the temporaries holding the value(s) of x.
func (h *hoister) temps(x ast.Expr, desc string) []*Var {
	t := h.l.info.TypeOf(x)
	if tu, ok := t.(*types.Tuple); ok {
		vs := make([]*Var, tu.Len())
		for i := range vs {
			vs[i] = h.l.temp(tu.At(i).Type(), x.Pos(), desc)
		}
		return vs
	}
	return []*Var{h.l.temp(t, x.Pos(), desc)}
}

// pureBuiltin reports a call of a builtin without side effects: Go
// evaluates it like a read.
func (h *hoister) pureBuiltin(x *ast.CallExpr) bool {
	id, ok := ast.Unparen(x.Fun).(*ast.Ident)
	if !ok {
		if se, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
			_, isB := h.l.info.Uses[se.Sel].(*types.Builtin)
			return isB // unsafe.Sizeof and friends
		}
		return false
	}
	b, ok := h.l.info.Uses[id].(*types.Builtin)
	if !ok {
		return false
	}
	switch b.Name() {
	case "len", "cap", "append", "make", "new", "complex", "real", "imag", "min", "max":
		return true
	}
	return false
}

// logical evaluates a && b or a || b, a unit of its own: b runs only when
// a does not decide, so a suspension point in b becomes control flow.
func (h *hoister) logical(x *ast.BinaryExpr) {
	l := h.l
	mark := len(h.reads)
	h.visit(x.X)
	inY := l.hasSP[x.Y]
	if _, hoisted := h.unit(inY); !hoisted {
		return
	}
	h.flush(mark)
	t := l.temp(l.info.TypeOf(x), x.Pos(), "the value of "+l.exprString(x))
	xs, xu, _ := l.render(x.X, h.subst)
	if !inY {
		ys, yu, _ := l.render(x.Y, h.subst)
		l.emitf(append(xu, yu...), []*Var{t}, "%s = %s %s %s", t.Name, xs, x.Op, ys)
		h.subst[x] = subOf([]*Var{t})
		return
	}
	l.emitf(xu, []*Var{t}, "%s = %s", t.Name, xs)
	then := l.newBlock(x.Y.Pos(), "right operand of "+x.Op.String())
	join := l.newBlock(x.Y.End(), "after "+x.Op.String())
	cond := t.Name
	if x.Op == token.LOR {
		cond = "!" + t.Name
	}
	l.branch(cond, []*Var{t}, then, join)
	l.cur = then
	ysub := l.hoist(nil, x.Y)
	ys, yu, _ := l.render(x.Y, ysub.subst)
	l.emitf(yu, []*Var{t}, "%s = %s", t.Name, ys)
	l.startAt(join)
	h.subst[x] = subOf([]*Var{t})
}

// flush evaluates the state requests recorded since mark, in order.
func (h *hoister) flush(mark int) {
	if h.dry {
		return
	}
	for _, se := range h.reads[mark:] {
		vs := h.l.suspendRead(se, h.subst)
		h.subst[se] = subOf(vs)
	}
	h.reads = h.reads[:mark]
}

func subOf(vs []*Var) *sub {
	return &sub{text: names(vs), vars: vs}
}

func names(vs []*Var) string {
	ns := make([]string, len(vs))
	for i, v := range vs {
		ns[i] = v.Name
	}
	return strings.Join(ns, ", ")
}

// mapLit evaluates a map literal the way gc does: entry by entry, each
// key and value completely (its reads included) before the next entry's
// calls. An entry followed by a suspension point is evaluated into
// temporaries.
func (h *hoister) mapLit(x *ast.CompositeLit, m *types.Map) {
	l := h.l
	for _, e := range x.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			h.visit(e)
			continue
		}
		mark := len(h.reads)
		h.visit(kv.Key)
		h.visit(kv.Value)
		if h.dry || h.idx > h.last {
			continue
		}
		h.flush(mark)
		for i, part := range []ast.Expr{kv.Key, kv.Value} {
			if tv := l.info.Types[part]; tv.Value != nil || tv.IsNil() {
				continue // a constant
			}
			t := m.Key()
			if i == 1 {
				t = m.Elem()
			}
			text, uses, _ := l.render(part, h.subst)
			v := l.temp(t, part.Pos(), "the entry "+l.exprString(part)+" of a map literal")
			l.alias.record(nil, []types.Object{v.obj}, l.alias.sources(part))
			l.emitf(uses, []*Var{v}, "%s = %s", v.Name, text)
			h.subst[part] = subOf([]*Var{v})
		}
	}
}
