package split

import (
	"go/ast"
	"go/token"
	"go/types"
)

// rangeStmt lowers a range loop whose body suspends into an index loop
// (see doc.go). A range whose only suspension point is in the range
// expression evaluates it and stays a Go range loop.
func (l *lowerer) rangeStmt(s *ast.RangeStmt, lbl *types.Label) {
	if !l.hasSP[s.Body] && !l.hasSP[s.Key] && !l.hasSP[s.Value] {
		h := l.hoist(nil, s.X)
		var n ast.Stmt = s
		if lbl != nil && l.labeled != nil && l.labeled.Stmt == s {
			n = l.labeled // the copy keeps its label
		}
		text, uses, jumps := l.render(n, h.subst)
		l.emit(&stmt{text: text, uses: uses, jumps: jumps, src: s})
		return
	}
	l.loops++
	defer func() { l.loops-- }()
	var subst map[ast.Node]*sub
	if l.hasSP[s.X] {
		subst = l.hoist(nil, s.X).subst
	}
	xt := l.info.TypeOf(s.X)
	rl := &rangeLoop{l: l, s: s, lbl: lbl, subst: subst}
	switch u := xt.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			rl.str(xt)
		} else {
			rl.integer(xt)
		}
	case *types.Slice, *types.Array:
		rl.indexed(xt, u)
	case *types.Pointer:
		rl.indexed(xt, u.Elem().Underlying())
	case *types.Map:
		rl.mapLoop(xt, u)
	default:
		// Channels and functions are rejected by the checks.
		panic(bug("range over %s", xt))
	}
}

// rangeLoop builds one lowered range loop.
type rangeLoop struct {
	l     *lowerer
	s     *ast.RangeStmt
	lbl   *types.Label
	subst map[ast.Node]*sub

	head, body, post, exit *Block
}

// blocks creates the loop's blocks and ends the current one at the head.
func (rl *rangeLoop) blocks(what string) {
	l, s := rl.l, rl.s
	rl.head = l.newBlock(s.Pos(), "range "+what)
	rl.body = l.newBlock(s.Body.Pos(), "range body")
	rl.post = l.newBlock(s.Body.End(), "range next")
	rl.exit = l.newBlock(s.End(), "after range")
	l.startAt(rl.head)
}

// x renders the range expression (evaluated where it is used).
func (rl *rangeLoop) x() (string, []*Var) {
	text, uses, _ := rl.l.render(rl.s.X, rl.subst)
	return text, uses
}

// assignVars assigns the iteration values to the key and value of the
// range clause (declared per iteration, or assigned) at the start of the
// body.
func (rl *rangeLoop) assignVars(key string, keyUses []*Var, value string, valueUses []*Var) {
	l, s := rl.l, rl.s
	defer l.alias.rangeValue(nil, s)
	for i, x := range []ast.Expr{s.Key, s.Value} {
		val, uses := key, keyUses
		if i == 1 {
			val, uses = value, valueUses
		}
		if x == nil || val == "" {
			continue
		}
		if id, ok := x.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		if s.Tok == token.DEFINE {
			v := l.local(l.info.Defs[x.(*ast.Ident)])
			l.emitf(uses, []*Var{v}, "%s = %s", v.Name, val)
			continue
		}
		r := l.newRenderer(nil)
		var defs []*Var
		if id, ok := x.(*ast.Ident); ok {
			if v := l.vars[l.objectOf(id)]; v != nil {
				defs = append(defs, v)
				r.defs[id] = true
			}
		}
		text, u := r.print(x), r.uses
		l.emitf(append(u, uses...), defs, "%s = %s", text, val)
	}
}

// loop lowers the body between the head and the post block, then the post
// statement that moves to the next iteration.
func (rl *rangeLoop) loop(next string, nextUses, nextDefs []*Var) {
	l, s := rl.l, rl.s
	l.leaps = append(l.leaps, &leap{node: s, label: rl.lbl, brk: rl.exit.ID, cont: rl.post.ID})
	l.body(s.Body)
	l.jumpTo(rl.post)
	l.leaps = l.leaps[:len(l.leaps)-1]
	l.cur = rl.post
	l.emitf(nextUses, nextDefs, "%s", next)
	l.jumpTo(rl.head)
	l.cur = rl.exit
}

// keyType returns the type of the iteration's key for a range over an
// integer: the key variable's, or the expression's (int when untyped).
func (rl *rangeLoop) keyType(xt types.Type) types.Type {
	if b, ok := xt.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		if rl.s.Key != nil {
			if t := rl.l.info.TypeOf(rl.s.Key); t != nil {
				return t
			}
		}
		return types.Typ[types.Int]
	}
	return xt
}

// integer: n := x; for i := 0; i < n; i++ { key = i; body }.
func (rl *rangeLoop) integer(xt types.Type) {
	l := rl.l
	kt := rl.keyType(xt)
	n := l.temp(kt, rl.s.X.Pos(), "the bound of range "+l.exprString(rl.s.X))
	i := l.temp(kt, rl.s.Pos(), "the index of range "+l.exprString(rl.s.X))
	x, xu := rl.x()
	l.emitf(xu, []*Var{n}, "%s = %s", n.Name, x)
	l.emitf(nil, []*Var{i}, "%s = 0", i.Name)
	rl.blocks(l.exprString(rl.s.X))
	l.branch(i.Name+" < "+n.Name, []*Var{i, n}, rl.body, rl.exit)
	l.cur = rl.body
	rl.assignVars(i.Name, []*Var{i}, "", nil)
	rl.loop(i.Name+"++", []*Var{i}, nil)
}

// str: s := x; for i := 0; i < len(s); i = next { r, w := decode(s[i:]);
// next = i + w; key, value = i, r; body }.
func (rl *rangeLoop) str(xt types.Type) {
	l := rl.l
	st := l.temp(xt, rl.s.X.Pos(), "the string of range "+l.exprString(rl.s.X))
	i := l.temp(types.Typ[types.Int], rl.s.Pos(), "the index of range "+l.exprString(rl.s.X))
	next := l.temp(types.Typ[types.Int], rl.s.Pos(), "the next index of range "+l.exprString(rl.s.X))
	r := l.temp(types.Universe.Lookup("rune").Type(), rl.s.Pos(), "the rune of range "+l.exprString(rl.s.X))
	x, xu := rl.x()
	l.emitf(xu, []*Var{st}, "%s = %s", st.Name, x)
	l.emitf(nil, []*Var{i}, "%s = 0", i.Name)
	rl.blocks(l.exprString(rl.s.X))
	l.branch(i.Name+" < len("+st.Name+")", []*Var{i, st}, rl.body, rl.exit)
	l.cur = rl.body
	utf8 := l.in.Qualify(types.NewPackage("unicode/utf8", "utf8"))
	sub := st.Name + "[" + i.Name + ":]"
	if b, ok := xt.(*types.Basic); !ok || b.Kind() != types.String {
		sub = "string(" + sub + ")"
	}
	l.emitf([]*Var{st, i}, []*Var{r, next}, "%s, %s = %s.DecodeRuneInString(%s)", r.Name, next.Name, utf8, sub)
	l.emitf([]*Var{i, next}, []*Var{next}, "%s += %s", next.Name, i.Name)
	rl.assignVars(i.Name, []*Var{i}, r.Name, []*Var{r})
	rl.loop(i.Name+" = "+next.Name, []*Var{next}, []*Var{i})
}

// indexed ranges over a slice, an array or a pointer to an array: the
// expression is evaluated once (a slice header or pointer copied, an array
// copied when its values are used), unless it is a variable the loop never
// assigns, which is indexed in place. Then for i := 0; i < n; i++ { key,
// value = i, x[i]; body }.
func (rl *rangeLoop) indexed(xt types.Type, u types.Type) {
	l, s := rl.l, rl.s
	needValue := s.Value != nil && !isBlank(s.Value)
	n := l.temp(types.Typ[types.Int], s.X.Pos(), "the length of range "+l.exprString(s.X))
	i := l.temp(types.Typ[types.Int], s.Pos(), "the index of range "+l.exprString(s.X))
	x, xu := rl.x()
	var elem string
	var elemUses []*Var
	switch {
	case !needValue:
		l.emitf(xu, []*Var{n}, "%s = len(%s)", n.Name, x)
	case isSlice(u) && rl.stableLocal(s.X):
		// A slice variable the loop never assigns: its elements are
		// shared with the header Go would copy. (An array is a value:
		// Go ranges over a copy.)
		l.emitf(xu, []*Var{n}, "%s = len(%s)", n.Name, x)
		elem, elemUses = x, xu
	default:
		snap := l.temp(xt, s.X.Pos(), "the value of range "+l.exprString(s.X))
		snap.noAlias = true
		l.emitf(xu, []*Var{snap}, "%s = %s", snap.Name, x)
		l.emitf([]*Var{snap}, []*Var{n}, "%s = len(%s)", n.Name, snap.Name)
		elem, elemUses = snap.Name, []*Var{snap}
	}
	l.emitf(nil, []*Var{i}, "%s = 0", i.Name)
	rl.blocks(l.exprString(s.X))
	l.branch(i.Name+" < "+n.Name, []*Var{i, n}, rl.body, rl.exit)
	l.cur = rl.body
	value := ""
	if needValue {
		value = elem + "[" + i.Name + "]"
	}
	rl.assignVars(i.Name, []*Var{i}, value, append([]*Var{i}, elemUses...))
	rl.loop(i.Name+"++", []*Var{i}, nil)
}

// mapLoop ranges over a map through a sorted snapshot of its keys; a key
// deleted since the snapshot is skipped. The map itself is looked up at
// each iteration when it is a variable the loop never assigns or a field
// of the receiver's state (so deletions are seen), else it is evaluated
// once.
func (rl *rangeLoop) mapLoop(xt types.Type, u *types.Map) {
	l, s := rl.l, rl.s
	x, xu := rl.x()
	m, mUses := x, xu
	if !rl.stableLocal(s.X) && !l.statePath(s.X) {
		snap := l.temp(xt, s.X.Pos(), "the map of range "+l.exprString(s.X))
		snap.noAlias = true
		l.emitf(xu, []*Var{snap}, "%s = %s", snap.Name, x)
		m, mUses = snap.Name, []*Var{snap}
	}
	keys := l.temp(types.NewSlice(u.Key()), s.X.Pos(), "the keys of range "+l.exprString(s.X))
	keys.noAlias = true
	l.emitf(mUses, []*Var{keys}, "%s", l.sortedKeys(keys, m, u.Key(), s.X.Pos()))
	i := l.temp(types.Typ[types.Int], s.Pos(), "the index of range "+l.exprString(s.X))
	k := l.temp(u.Key(), s.Pos(), "the key of range "+l.exprString(s.X))
	k.reported = keys.reported
	ok := l.temp(types.Typ[types.Bool], s.Pos(), "the presence of a key of range "+l.exprString(s.X))
	var v *Var
	if s.Value != nil && !isBlank(s.Value) {
		v = l.temp(u.Elem(), s.Pos(), "the value of range "+l.exprString(s.X))
	}
	l.emitf(nil, []*Var{i}, "%s = 0", i.Name)
	rl.blocks(l.exprString(s.X))
	l.branch(i.Name+" < len("+keys.Name+")", []*Var{i, keys}, rl.body, rl.exit)
	l.cur = rl.body
	l.emitf([]*Var{keys, i}, []*Var{k}, "%s = %s[%s]", k.Name, keys.Name, i.Name)
	lookup := "_"
	defs := []*Var{ok}
	if v != nil {
		lookup = v.Name
		defs = append(defs, v)
	}
	l.emitf(append([]*Var{k}, mUses...), defs, "%s, %s = %s[%s]", lookup, ok.Name, m, k.Name)
	present := l.newBlock(s.Body.Pos(), "range body (key present)")
	l.branch(ok.Name, []*Var{ok}, present, rl.post)
	l.cur = present
	value := ""
	if v != nil {
		value = v.Name
	}
	rl.assignVars(k.Name, []*Var{k}, value, []*Var{v})
	rl.loop(i.Name+"++", []*Var{i}, nil)
}

// sortedKeys returns the code that collects the keys of the map m into
// keys, sorted: by value for ordered types, else by their encodings.
func (l *lowerer) sortedKeys(keys *Var, m string, kt types.Type, pos token.Pos) string {
	code := keys.Name + " = make(" + keys.GoType + ", 0, len(" + m + "))\n" +
		"for sfK := range " + m + " {\n" + keys.Name + " = append(" + keys.Name + ", sfK)\n}\n"
	slices := l.in.Qualify(types.NewPackage("slices", "slices"))
	if ordered(kt) {
		return code + slices + ".Sort(" + keys.Name + ")"
	}
	it, probs := l.in.TypeOf(kt)
	if probs != nil {
		l.errorf(pos, "cannot order the keys of a map of type %s in a range loop that suspends: %s", types.TypeString(kt, l.relative), probs[0])
		keys.reported = true
		return code
	}
	l.m.KeyTypes = append(l.m.KeyTypes, it)
	return code + "sfSortKeys(" + keys.Name + ", " + keyEncoder(len(l.m.KeyTypes)-1) + ")"
}

// keyEncoder is the placeholder the code generator replaces with an
// encoder of KeyTypes[i].
func keyEncoder(i int) string {
	return "sfKeyEncoder" + itoa(i)
}

// ordered reports a type of cmp.Ordered's type set.
func ordered(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsFloat|types.IsString) != 0
}

func isBlank(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == "_"
}

// stableLocal reports a function-level variable that the loop body never
// assigns nor addresses: indexing it in place is indexing its value at the
// loop's start.
func (rl *rangeLoop) stableLocal(x ast.Expr) bool {
	l := rl.l
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	obj := l.objectOf(id)
	if l.vars[obj] == nil {
		return false
	}
	return !assigns(l.info, rl.s.Body, obj)
}

// statePath reports a field of the receiver's state reached through field
// selections only (u.f or u.f.g).
func (l *lowerer) statePath(x ast.Expr) bool {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.SelectorExpr:
			sel := l.info.Selections[e]
			if sel == nil || sel.Kind() != types.FieldVal {
				return false
			}
			x = e.X
		case *ast.Ident:
			return l.recv != nil && l.info.Uses[e] == types.Object(l.recv)
		default:
			return false
		}
	}
}

// assigns reports whether n assigns obj as a whole or takes its address.
func assigns(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	is := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && (info.Uses[id] == obj || info.Defs[id] == obj)
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, x := range n.Lhs {
				found = found || is(x)
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				found = found || (n.Key != nil && is(n.Key)) || (n.Value != nil && is(n.Value))
			}
		case *ast.UnaryExpr:
			found = found || (n.Op == token.AND && is(n.X))
		}
		return !found
	})
	return found
}

func isSlice(t types.Type) bool {
	_, ok := t.(*types.Slice)
	return ok
}
