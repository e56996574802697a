package split

import (
	"go/ast"
	"go/token"
	"go/types"
)

// leaves reports a copied statement that never completes normally: it
// returns (a jump to the exit block), breaks or continues a lowered
// statement, panics, or is made of such statements (Go's terminating
// statements, with the jumps the copy makes). inner are the loops and
// switches of the copy around s.
func (l *lowerer) leaves(s ast.Stmt, inner []ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		switch s.Tok {
		case token.GOTO:
			return true
		case token.BREAK, token.CONTINUE:
			return !l.targetsInner(s, inner)
		}
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := l.info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
					return true
				}
			}
		}
	case *ast.BlockStmt:
		return len(s.List) > 0 && l.leaves(s.List[len(s.List)-1], inner)
	case *ast.IfStmt:
		return s.Else != nil && l.leaves(s.Body, inner) && l.leaves(s.Else, inner)
	case *ast.LabeledStmt:
		return l.leaves(s.Stmt, inner)
	case *ast.ForStmt:
		return s.Cond == nil && !l.breaksOut(s, inner)
	case *ast.SwitchStmt:
		return l.switchLeaves(s, s.Body, inner)
	case *ast.TypeSwitchStmt:
		return l.switchLeaves(s, s.Body, inner)
	case *ast.SelectStmt:
		return l.switchLeaves(s, s.Body, inner)
	}
	return false
}

// switchLeaves reports a switch or select with a default clause (a select
// needs none) whose clauses all leave or fall through, and no break of it.
func (l *lowerer) switchLeaves(s ast.Stmt, body *ast.BlockStmt, inner []ast.Stmt) bool {
	if l.breaksOut(s, inner) {
		return false
	}
	_, isSelect := s.(*ast.SelectStmt)
	def := isSelect
	in := append(inner[:len(inner):len(inner)], s)
	for _, c := range body.List {
		var list []ast.Stmt
		switch c := c.(type) {
		case *ast.CaseClause:
			def = def || c.List == nil
			list = c.Body
		case *ast.CommClause:
			list = c.Body
		}
		if len(list) == 0 {
			return false
		}
		last := list[len(list)-1]
		if br, ok := last.(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
			continue
		}
		if !l.leaves(last, in) {
			return false
		}
	}
	return def
}

// breaksOut reports a break that leaves the loop or switch s (which the
// copy keeps).
func (l *lowerer) breaksOut(s ast.Stmt, inner []ast.Stmt) bool {
	var lbl *types.Label
	found := false
	var stack []ast.Node
	ast.Inspect(s, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		stack = append(stack, n)
		br, ok := n.(*ast.BranchStmt)
		if !ok || br.Tok != token.BREAK || found {
			return true
		}
		if br.Label != nil {
			if lbl == nil {
				lbl = l.labelOf(s)
			}
			found = lbl != nil && l.info.Uses[br.Label] == lbl
			return true
		}
		// The innermost breakable statement around the break.
		for i := len(stack) - 2; i >= 0; i-- {
			switch stack[i].(type) {
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				found = stack[i] == ast.Node(s)
				return true
			}
		}
		return true
	})
	return found
}

// labelOf returns the label of s, found among the method's labeled
// statements.
func (l *lowerer) labelOf(s ast.Stmt) *types.Label {
	var lbl *types.Label
	ast.Inspect(l.in.Decl.Body, func(n ast.Node) bool {
		if ls, ok := n.(*ast.LabeledStmt); ok && ls.Stmt == s {
			lbl, _ = l.info.Defs[ls.Label].(*types.Label)
		}
		return lbl == nil
	})
	return lbl
}

// targetsInner reports a break or continue whose target is one of the
// copy's own statements.
func (l *lowerer) targetsInner(br *ast.BranchStmt, inner []ast.Stmt) bool {
	if br.Label != nil {
		lbl := l.info.Uses[br.Label]
		for _, s := range inner {
			if got := l.labelOf(s); got != nil && types.Object(got) == lbl {
				return true
			}
		}
		return false
	}
	for i := len(inner) - 1; i >= 0; i-- {
		switch inner[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			if br.Tok == token.BREAK {
				return true
			}
		}
	}
	return false
}
