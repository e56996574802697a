package split

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// switchStmt lowers an expression switch: the tag is evaluated once into a
// temporary, the case expressions are tested in order (each evaluated only
// when the ones before did not match), a body ends with a jump past the
// switch or, for fallthrough, into the next body.
func (l *lowerer) switchStmt(s *ast.SwitchStmt, lbl *types.Label) {
	if s.Init != nil {
		l.stmt(s.Init, nil)
	}
	var tag *Var
	if s.Tag != nil {
		var subst map[ast.Node]*sub
		if l.hasSP[s.Tag] {
			subst = l.hoist(nil, s.Tag).subst
		}
		text, uses, _ := l.render(s.Tag, subst)
		tag = l.temp(l.info.TypeOf(s.Tag), s.Tag.Pos(), "the tag of switch "+l.exprString(s.Tag))
		l.emitf(uses, []*Var{tag}, "%s = %s", tag.Name, text)
	}
	clauses := s.Body.List
	bodies := make([]*Block, len(clauses))
	for i, c := range clauses {
		cc := c.(*ast.CaseClause)
		what := "default"
		if cc.List != nil {
			what = "case " + label(exprList(cc.List))
		}
		bodies[i] = l.newBlock(cc.Pos(), what)
	}
	exit := l.newBlock(s.End(), "after switch")
	def := -1
	for i, c := range clauses {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			def = i
			continue
		}
		for _, x := range cc.List {
			var subst map[ast.Node]*sub
			if l.hasSP[x] {
				subst = l.hoist(nil, x).subst
			}
			text, uses, _ := l.render(x, subst)
			cond := text
			if tag != nil {
				cond = tag.Name + " == " + paren(x, text)
				uses = append(uses, tag)
			}
			next := l.newBlock(x.End(), "next case")
			l.branch(cond, uses, bodies[i], next)
			l.cur = next
		}
	}
	if def >= 0 {
		l.jumpTo(bodies[def])
	} else {
		l.jumpTo(exit)
	}
	l.leaps = append(l.leaps, &leap{node: s, label: lbl, brk: exit.ID, cont: -1})
	for i, c := range clauses {
		cc := c.(*ast.CaseClause)
		l.cur = bodies[i]
		list := cc.Body
		fall := false
		if n := len(list); n > 0 {
			if br, ok := list[n-1].(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
				fall, list = true, list[:n-1]
			}
		}
		l.clauseBody(list)
		if fall {
			l.jumpTo(bodies[i+1])
		} else {
			l.jumpTo(exit)
		}
	}
	l.leaps = l.leaps[:len(l.leaps)-1]
	l.cur = exit
}

// clauseBody lowers the statements of a case clause: one by one when one
// of them suspends, else as one copied block.
func (l *lowerer) clauseBody(list []ast.Stmt) {
	for _, s := range list {
		if l.hasSP[s] {
			l.stmts(list)
			return
		}
	}
	if len(list) > 0 {
		l.body(&ast.BlockStmt{Lbrace: list[0].Pos(), List: list, Rbrace: list[len(list)-1].End()})
	}
}

// typeSwitchStmt lowers a type switch whose bodies suspend: the guarded
// expression is evaluated once, then one Go type switch picks the clause,
// binds the clause's variable and jumps to its body.
func (l *lowerer) typeSwitchStmt(s *ast.TypeSwitchStmt, lbl *types.Label) {
	if s.Init != nil {
		l.stmt(s.Init, nil)
	}
	var ta *ast.TypeAssertExpr
	var bind *ast.Ident
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		bind = a.Lhs[0].(*ast.Ident)
		ta = a.Rhs[0].(*ast.TypeAssertExpr)
	case *ast.ExprStmt:
		ta = a.X.(*ast.TypeAssertExpr)
	}
	var subst map[ast.Node]*sub
	if l.hasSP[ta.X] {
		subst = l.hoist(nil, ta.X).subst
	}
	xs, xu, _ := l.render(ta.X, subst)
	x := l.temp(l.info.TypeOf(ta.X), ta.X.Pos(), "the value of type switch "+l.exprString(ta.X))
	l.emitf(xu, []*Var{x}, "%s = %s", x.Name, xs)

	clauses := s.Body.List
	bodies := make([]*Block, len(clauses))
	for i, c := range clauses {
		cc := c.(*ast.CaseClause)
		what := "default"
		if cc.List != nil {
			what = "case " + label(exprList(cc.List))
		}
		bodies[i] = l.newBlock(cc.Pos(), what)
	}
	exit := l.newBlock(s.End(), "after type switch")

	// The clause variables that are used, by clause.
	vars := make([]*Var, len(clauses))
	bound := false
	for i, c := range clauses {
		obj := l.info.Implicits[c]
		if bind == nil || obj == nil || !l.used(obj, c) {
			continue
		}
		vars[i] = l.local(obj)
		bound = true
	}
	var b strings.Builder
	guard := "sfV := "
	if !bound {
		guard = ""
	}
	b.WriteString("switch " + guard + x.Name + ".(type) {\n")
	var jumps []jump
	hasDefault := false
	r := l.newRenderer(nil)
	for i, c := range clauses {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			hasDefault = true
			b.WriteString("default:\n")
		} else {
			ts := make([]string, len(cc.List))
			for j, t := range cc.List {
				ts[j] = r.print(t)
			}
			b.WriteString("case " + strings.Join(ts, ", ") + ":\n")
		}
		var kill []*Var
		if v := vars[i]; v != nil {
			b.WriteString(v.Name + " = sfV\n")
			kill = []*Var{v}
		}
		b.WriteString("sfBlock = " + strconv.Itoa(bodies[i].ID) + "\n")
		jumps = append(jumps, jump{to: bodies[i].ID, kill: kill})
	}
	if !hasDefault {
		b.WriteString("default:\nsfBlock = " + strconv.Itoa(exit.ID) + "\n")
		jumps = append(jumps, jump{to: exit.ID})
	}
	b.WriteString("}")
	l.emit(&stmt{text: b.String(), uses: append([]*Var{x}, r.uses...), jumps: jumps})
	succs := make([]int, len(jumps))
	for i, j := range jumps {
		succs[i] = j.to
	}
	l.end(Term{Kind: Dispatch, Succs: succs})

	l.leaps = append(l.leaps, &leap{node: s, label: lbl, brk: exit.ID, cont: -1})
	for i, c := range clauses {
		l.cur = bodies[i]
		l.clauseBody(c.(*ast.CaseClause).Body)
		l.jumpTo(exit)
	}
	l.leaps = l.leaps[:len(l.leaps)-1]
	l.cur = exit
}

// used reports whether obj is used inside n.
func (l *lowerer) used(obj types.Object, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && l.info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// paren parenthesizes the text of x unless x is an operand.
func paren(x ast.Expr, text string) string {
	switch ast.Unparen(x).(type) {
	case *ast.Ident, *ast.BasicLit, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.CompositeLit:
		return text
	}
	return "(" + text + ")"
}

func exprList(xs []ast.Expr) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = types.ExprString(x)
	}
	return strings.Join(s, ", ")
}

func itoa(i int) string { return strconv.Itoa(i) }
