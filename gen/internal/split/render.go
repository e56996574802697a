package split

import (
	"bytes"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"strings"
)

// sub is the text that replaces a node of the source in a residual
// statement (temporaries holding hoisted results), with the variables it
// reads.
type sub struct {
	text string
	vars []*Var
}

// renderer prints one piece of the method's source for the resume
// function: function-level variables and constants take their names,
// packages the generated file's import names, nodes of subst their text;
// a return becomes the assignment of the results and a jump to the exit
// block, a break or continue that leaves the piece for a lowered statement
// a jump.
type renderer struct {
	l     *lowerer
	subst map[ast.Node]*sub
	c     cloner
	uses  []*Var
	seen  map[*Var]bool
	jumps []jump
	// defs are identifiers the piece assigns as a whole: not uses.
	defs map[*ast.Ident]bool
}

// render prints n with the substitutions subst and returns the text, the
// function-level variables it reads and the jumps it makes.
func (l *lowerer) render(n ast.Node, subst map[ast.Node]*sub) (string, []*Var, []jump) {
	r := l.newRenderer(subst)
	text := r.print(n)
	return text, r.uses, r.jumps
}

func (l *lowerer) newRenderer(subst map[ast.Node]*sub) *renderer {
	r := &renderer{l: l, subst: subst, seen: map[*Var]bool{}, defs: map[*ast.Ident]bool{}}
	r.c.hook = r.hook
	return r
}

// print clones n through the hook and prints the clone.
func (r *renderer) print(n ast.Node) string {
	return printNode(r.l.in.Fset, r.c.clone(n))
}

func printNode(fset *token.FileSet, n ast.Node) string {
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, n); err != nil {
		panic(bug("printing %T: %v", n, err))
	}
	return b.String()
}

func (r *renderer) use(vs ...*Var) {
	for _, v := range vs {
		if v != nil && !r.seen[v] {
			r.seen[v] = true
			r.uses = append(r.uses, v)
		}
	}
}

// text returns a node that prints as s in the place of n.
func text(n ast.Node, s string) ast.Node {
	id := &ast.Ident{NamePos: n.Pos(), Name: s}
	if _, ok := n.(ast.Stmt); ok {
		return &ast.ExprStmt{X: id}
	}
	return id
}

func (r *renderer) hook(n ast.Node, stack []ast.Node) (ast.Node, bool) {
	l := r.l
	if s := r.subst[n]; s != nil {
		r.use(s.vars...)
		return text(n, s.text), true
	}
	switch n := n.(type) {
	case *ast.Ident:
		obj := l.objectOf(n)
		if obj == nil {
			return nil, false
		}
		if v := l.vars[obj]; v != nil && !r.defs[n] {
			r.use(v)
		}
		if name, ok := l.names[obj]; ok {
			return &ast.Ident{NamePos: n.NamePos, Name: name}, true
		}
		if p := obj.Pkg(); p != nil && p != l.in.Pkg && obj.Parent() == p.Scope() {
			// A dot-imported name.
			return &ast.Ident{NamePos: n.NamePos, Name: l.in.Qualify(p) + "." + n.Name}, true
		}
	case *ast.SelectorExpr:
		if id, ok := n.X.(*ast.Ident); ok {
			if pn, ok := l.info.Uses[id].(*types.PkgName); ok {
				return &ast.SelectorExpr{
					X:   &ast.Ident{NamePos: id.NamePos, Name: l.in.Qualify(pn.Imported())},
					Sel: &ast.Ident{NamePos: n.Sel.NamePos, Name: n.Sel.Name},
				}, true
			}
		}
	case *ast.ReturnStmt:
		if inFuncLit(stack) {
			return nil, false
		}
		return text(n, r.returnText(n)), true
	case *ast.BranchStmt:
		if inFuncLit(stack) {
			return nil, false
		}
		if to := r.branchTarget(n, stack); to >= 0 {
			r.jumps = append(r.jumps, jump{to: to})
			return text(n, jumpText(to)), true
		}
	}
	return nil, false
}

func inFuncLit(stack []ast.Node) bool {
	for _, s := range stack {
		if _, ok := s.(*ast.FuncLit); ok {
			return true
		}
	}
	return false
}

// returnText assigns a return statement's values to the result variables
// and jumps to the exit block.
func (r *renderer) returnText(n *ast.ReturnStmt) string {
	l := r.l
	exit := l.exit.ID
	if len(n.Results) == 0 {
		r.jumps = append(r.jumps, jump{to: exit})
		return jumpText(exit)
	}
	lhs := l.resultVars()
	names := make([]string, len(lhs))
	for i, v := range lhs {
		names[i] = v.Name
	}
	vals := make([]string, len(n.Results))
	for i, x := range n.Results {
		vals[i] = printNode(l.in.Fset, r.c.clone(x))
	}
	r.jumps = append(r.jumps, jump{to: exit, kill: lhs})
	return strings.Join(names, ", ") + " = " + strings.Join(vals, ", ") + "\n" + jumpText(exit)
}

// branchTarget returns the block a break or continue jumps to when its
// target is a lowered statement outside the piece being printed, else -1.
func (r *renderer) branchTarget(n *ast.BranchStmt, stack []ast.Node) int {
	l := r.l
	if n.Tok != token.BREAK && n.Tok != token.CONTINUE {
		return -1
	}
	if n.Label != nil {
		lbl, _ := l.info.Uses[n.Label].(*types.Label)
		for _, s := range stack {
			if ls, ok := s.(*ast.LabeledStmt); ok && l.info.Defs[ls.Label] == lbl {
				return -1
			}
		}
		for i := len(l.leaps) - 1; i >= 0; i-- {
			if lp := l.leaps[i]; lp.label == lbl && lbl != nil {
				if n.Tok == token.BREAK {
					return lp.brk
				}
				return lp.cont
			}
		}
		panic(bug("%s %s: no target", n.Tok, n.Label.Name))
	}
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return -1
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			if n.Tok == token.BREAK {
				return -1
			}
		}
	}
	return l.leapTarget(n.Tok)
}

// leapTarget returns the block of an unlabeled break or continue at the
// lowered level.
func (l *lowerer) leapTarget(tok token.Token) int {
	for i := len(l.leaps) - 1; i >= 0; i-- {
		lp := l.leaps[i]
		if tok == token.BREAK {
			return lp.brk
		}
		if lp.cont >= 0 {
			return lp.cont
		}
	}
	panic(bug("%s outside a loop", tok))
}
