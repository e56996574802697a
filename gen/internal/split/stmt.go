package split

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// stmts lowers the statements of a lowered region. Code after a statement
// that does not continue (return, break, continue) is unreachable (goto is
// rejected) and left out.
func (l *lowerer) stmts(list []ast.Stmt) {
	for _, s := range list {
		if l.cur == nil {
			return
		}
		l.stmt(s, nil)
	}
}

// stmt lowers one statement of a lowered region; lbl is its label.
func (l *lowerer) stmt(s ast.Stmt, lbl *types.Label) {
	if l.cur == nil {
		return
	}
	if l.cur.Pos.File == "" && len(l.cur.stmts) == 0 {
		l.cur.Pos = l.irPos(s.Pos())
	}
	switch s := s.(type) {
	case *ast.LabeledStmt:
		if !l.hasSP[s] {
			l.verbatim(s)
			return
		}
		l.labeled = s
		l.stmt(s.Stmt, l.info.Defs[s.Label].(*types.Label))
		l.labeled = nil
	case *ast.DeclStmt:
		l.declStmt(s)
	case *ast.AssignStmt, *ast.ExprStmt, *ast.IncDecStmt:
		l.simple(s)
	case *ast.ReturnStmt:
		l.returnStmt(s)
	case *ast.BranchStmt:
		l.branchStmt(s)
	case *ast.EmptyStmt:
	case *ast.BlockStmt:
		if !l.hasSP[s] {
			l.verbatim(s)
			return
		}
		l.stmts(s.List)
	case *ast.IfStmt:
		if !l.hasSP[s] {
			l.verbatim(s)
			return
		}
		l.ifStmt(s)
	case *ast.ForStmt:
		if !l.hasSP[s] {
			l.verbatim(s)
			return
		}
		l.forStmt(s, lbl)
	case *ast.RangeStmt:
		if !l.hasSP[s] {
			l.verbatim(s)
			return
		}
		l.rangeStmt(s, lbl)
	case *ast.SwitchStmt:
		if !l.hasSP[s] {
			l.verbatim(s)
			return
		}
		l.switchStmt(s, lbl)
	case *ast.TypeSwitchStmt:
		if !l.hasSP[s] {
			l.verbatim(s)
			return
		}
		l.typeSwitchStmt(s, lbl)
	default:
		// Statements the checks reject when they matter (go, defer,
		// select, send) are copied.
		l.verbatim(s)
	}
}

// verbatim copies a statement without suspension points. A statement that
// never completes normally (a return, a jump out, a panic...) ends the
// block: its code jumps by itself.
func (l *lowerer) verbatim(s ast.Stmt) {
	text, uses, jumps := l.render(s, nil)
	l.emit(&stmt{text: text, uses: uses, jumps: jumps, src: s})
	if l.leaves(s, nil) {
		succs := make([]int, len(jumps))
		for i, j := range jumps {
			succs[i] = j.to
		}
		l.end(Term{Kind: Dispatch, Succs: succs})
	}
}

// body lowers a block that is part of a lowered statement: statement by
// statement when it suspends, else as one copied block.
func (l *lowerer) body(b *ast.BlockStmt) {
	if l.hasSP[b] {
		l.stmts(b.List)
		return
	}
	if declares(b.List) {
		l.verbatim(b)
		return
	}
	for _, s := range b.List {
		if l.cur == nil {
			return
		}
		l.verbatim(s)
	}
}

// declares reports a statement list that declares names (variables,
// constants, types or labels) in its own scope: it is copied as a block.
func declares(list []ast.Stmt) bool {
	for _, s := range list {
		switch s := s.(type) {
		case *ast.DeclStmt, *ast.LabeledStmt:
			return true
		case *ast.AssignStmt:
			if s.Tok == token.DEFINE {
				return true
			}
		}
	}
	return false
}

// simple lowers an assignment, an expression statement or an increment:
// its suspension points are hoisted, and a := declares function-level
// variables and becomes =.
func (l *lowerer) simple(s ast.Stmt) {
	var subst map[ast.Node]*sub
	if l.hasSP[s] {
		var h *hoisted
		switch s := s.(type) {
		case *ast.ExprStmt:
			h = l.hoist(ast.Unparen(s.X), s.X)
		case *ast.AssignStmt:
			h = l.hoist(nil, append(append([]ast.Expr(nil), s.Lhs...), s.Rhs...)...)
		case *ast.IncDecStmt:
			h = l.hoist(nil, s.X)
		}
		if h.dropped {
			return
		}
		subst = h.subst
	}
	var defs []*Var
	r := l.newRenderer(subst)
	if as, ok := s.(*ast.AssignStmt); ok && (as.Tok == token.DEFINE || as.Tok == token.ASSIGN) {
		for _, x := range as.Lhs {
			id, ok := ast.Unparen(x).(*ast.Ident)
			if !ok {
				continue
			}
			if id.Name == "_" {
				continue
			}
			if obj := l.info.Defs[id]; obj != nil && as.Tok == token.DEFINE {
				l.local(obj)
			}
			if v := l.vars[l.objectOf(id)]; v != nil {
				defs = append(defs, v)
				r.defs[id] = true
			}
		}
	}
	c := r.c.clone(s)
	if as, ok := c.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
		as.Tok = token.ASSIGN
	}
	l.emit(&stmt{text: printNode(l.in.Fset, c), uses: r.uses, defs: defs, jumps: r.jumps, src: s})
}

// declStmt lowers a declaration: variables become function-level ones
// assigned (or zeroed, every time control passes) where they are declared,
// constants move to the function's top.
func (l *lowerer) declStmt(s *ast.DeclStmt) {
	gd := s.Decl.(*ast.GenDecl)
	switch gd.Tok {
	case token.CONST:
		for _, sp := range gd.Specs {
			for _, id := range sp.(*ast.ValueSpec).Names {
				if obj := l.info.Defs[id]; obj != nil {
					l.nameFor(obj)
				}
			}
		}
		text, _, _ := l.render(gd, nil)
		l.m.Consts = append(l.m.Consts, text)
	case token.TYPE:
		l.errorf(s.Pos(), "a type declared inside split method %s is not supported: declare it at package level", l.m.Name)
	case token.VAR:
		for _, sp := range gd.Specs {
			l.varSpec(sp.(*ast.ValueSpec))
		}
	}
}

func (l *lowerer) varSpec(vs *ast.ValueSpec) {
	var lhs []*Var
	var names []string
	for _, id := range vs.Names {
		obj := l.info.Defs[id]
		if obj == nil || id.Name == "_" {
			names = append(names, "_")
			continue
		}
		v := l.local(obj)
		lhs = append(lhs, v)
		names = append(names, v.Name)
	}
	if len(vs.Values) == 0 {
		for _, v := range lhs {
			l.emitf(nil, []*Var{v}, "%s = %s", v.Name, l.zero(v.typ, v.GoType))
		}
		return
	}
	var subst map[ast.Node]*sub
	if l.hasSP[vs] {
		subst = l.hoist(nil, vs.Values...).subst
	}
	r := l.newRenderer(subst)
	vals := make([]string, len(vs.Values))
	for i, x := range vs.Values {
		vals[i] = r.print(x)
	}
	l.emit(&stmt{text: strings.Join(names, ", ") + " = " + strings.Join(vals, ", "), uses: r.uses, defs: lhs, jumps: r.jumps, src: vs})
}

// resultVars returns the variables the exit block returns.
func (l *lowerer) resultVars() []*Var {
	vs := append([]*Var(nil), l.m.Results...)
	if l.m.Err != nil {
		vs = append(vs, l.m.Err)
	}
	return vs
}

// returnStmt assigns the results and jumps to the exit block.
func (l *lowerer) returnStmt(s *ast.ReturnStmt) {
	if len(s.Results) > 0 {
		var subst map[ast.Node]*sub
		if l.hasSP[s] {
			subst = l.hoist(nil, s.Results...).subst
		}
		r := l.newRenderer(subst)
		vals := make([]string, len(s.Results))
		for i, x := range s.Results {
			vals[i] = r.print(x)
		}
		lhs := l.resultVars()
		l.emit(&stmt{text: names(lhs) + " = " + strings.Join(vals, ", "), uses: r.uses, defs: lhs, jumps: r.jumps})
	}
	l.jumpTo(l.exit)
}

// branchStmt lowers a break or continue of a lowered statement.
func (l *lowerer) branchStmt(s *ast.BranchStmt) {
	switch s.Tok {
	case token.BREAK, token.CONTINUE:
	default:
		// fallthrough is handled by its switch, goto is rejected.
		return
	}
	to := -1
	if s.Label != nil {
		lbl, _ := l.info.Uses[s.Label].(*types.Label)
		for i := len(l.leaps) - 1; i >= 0 && to < 0; i-- {
			if lp := l.leaps[i]; lp.label == lbl && lbl != nil {
				to = lp.brk
				if s.Tok == token.CONTINUE {
					to = lp.cont
				}
			}
		}
		if to < 0 {
			panic(bug("%s %s: no lowered target", s.Tok, s.Label.Name))
		}
	} else {
		to = l.leapTarget(s.Tok)
	}
	l.jumpTo(l.blocks[to])
}

// ifStmt lowers an if: the condition is evaluated once, at the end of the
// block that branches.
func (l *lowerer) ifStmt(s *ast.IfStmt) {
	if s.Init != nil {
		l.stmt(s.Init, nil)
	}
	var subst map[ast.Node]*sub
	if l.hasSP[s.Cond] {
		subst = l.hoist(nil, s.Cond).subst
	}
	cond, uses, _ := l.render(s.Cond, subst)
	then := l.newBlock(s.Body.Pos(), "if "+label(types.ExprString(s.Cond)))
	var els *Block
	if s.Else != nil {
		els = l.newBlock(s.Else.Pos(), "else")
	}
	join := l.newBlock(s.End(), "after if")
	if els == nil {
		els = join
	}
	l.branch(cond, uses, then, els)
	l.cur = then
	l.body(s.Body)
	l.jumpTo(join)
	if s.Else != nil {
		l.cur = els
		l.stmt(s.Else, nil)
		l.jumpTo(join)
	}
	l.cur = join
}

// forStmt lowers a for loop: init; head: cond -> body or exit; body; post
// -> head. continue jumps to post, break to exit.
func (l *lowerer) forStmt(s *ast.ForStmt, lbl *types.Label) {
	l.loops++
	defer func() { l.loops-- }()
	if s.Init != nil {
		l.stmt(s.Init, nil)
	}
	condText := "true"
	if s.Cond != nil {
		condText = types.ExprString(s.Cond)
	}
	head := l.newBlock(s.Pos(), "for "+label(condText))
	body := l.newBlock(s.Body.Pos(), "for body")
	post := head
	if s.Post != nil {
		post = l.newBlock(s.Post.Pos(), "for post")
	}
	exit := l.newBlock(s.End(), "after for")
	l.startAt(head)
	if s.Cond != nil {
		var subst map[ast.Node]*sub
		if l.hasSP[s.Cond] {
			subst = l.hoist(nil, s.Cond).subst
		}
		cond, uses, _ := l.render(s.Cond, subst)
		l.branch(cond, uses, body, exit)
	} else {
		l.jumpTo(body)
	}
	l.leaps = append(l.leaps, &leap{node: s, label: lbl, brk: exit.ID, cont: post.ID})
	l.cur = body
	l.body(s.Body)
	l.jumpTo(post)
	l.leaps = l.leaps[:len(l.leaps)-1]
	if s.Post != nil {
		l.cur = post
		l.stmt(s.Post, nil)
		l.jumpTo(head)
	}
	l.cur = exit
}
