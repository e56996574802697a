package split

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/stateflow-go/stateflow/ir"
)

// check reports the constructs a split method cannot have, whatever their
// place: each is one diagnostic at the construct.
func (l *lowerer) check() {
	what := "split method " + l.m.Entity + "." + l.m.Name
	var stack []ast.Node
	ast.Inspect(l.in.Decl.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		inLit := inFuncLit(stack)
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.GoStmt:
			l.errorf(n.Pos(), "go statement in %s is not supported: a goroutine would outlive the step it starts in", what)
		case *ast.SelectStmt:
			l.errorf(n.Pos(), "select in %s is not supported: channels cannot cross a suspension point", what)
		case *ast.SendStmt:
			l.errorf(n.Arrow, "channel send in %s is not supported: channels cannot cross a suspension point", what)
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				l.errorf(n.OpPos, "channel receive in %s is not supported: channels cannot cross a suspension point", what)
			}
			if n.Op == token.AND && l.isRecv(n.X) {
				l.errorf(n.OpPos, "cannot take the address of the receiver %s in %s: each step binds it to the current state", l.recv.Name(), what)
			}
		case *ast.DeferStmt:
			if !inLit {
				l.errorf(n.Pos(), "defer in %s is not supported: the method returns at each suspension point", what)
			}
		case *ast.BranchStmt:
			if n.Tok == token.GOTO && !inLit {
				l.errorf(n.Pos(), "goto in %s is not supported: use a loop with break or continue", what)
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && !inLit {
				if b, ok := l.info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					l.errorf(n.Pos(), "recover in %s is not supported: defer is not supported there", what)
				}
			}
		case *ast.AssignStmt:
			for _, x := range n.Lhs {
				if l.isRecv(x) {
					l.errorf(x.Pos(), "cannot assign to the receiver %s in %s: each step binds it to the current state", l.recv.Name(), what)
				}
			}
		case *ast.IncDecStmt:
			if l.isRecv(n.X) {
				l.errorf(n.X.Pos(), "cannot assign to the receiver %s in %s: each step binds it to the current state", l.recv.Name(), what)
			}
		case *ast.RangeStmt:
			l.checkRange(n, what)
		case *ast.DeclStmt:
			// A type declared where the body is lowered would have to
			// move to the function's top, out of its scope.
			if gd, ok := n.Decl.(*ast.GenDecl); ok && gd.Tok == token.TYPE && !inLit && len(stack) > 1 && l.hasSP[stack[len(stack)-2]] {
				l.errorf(n.Pos(), "a type declared inside split method %s is not supported: declare it at package level", l.m.Name)
			}
		}
		return true
	})
}

// checkRange reports range loops that cannot be lowered.
func (l *lowerer) checkRange(n *ast.RangeStmt, what string) {
	switch l.info.TypeOf(n.X).Underlying().(type) {
	case *types.Chan:
		l.errorf(n.X.Pos(), "range over a channel in %s is not supported: channels cannot cross a suspension point", what)
		return
	case *types.Signature:
		if l.hasSP[n.Body] {
			l.errorf(n.Pos(), "range over the function iterator %s in %s is not supported when the loop body suspends (%s at %s): collect the values first (slices.Collect)",
				l.exprString(n.X), what, l.firstSP(n.Body), l.posString(l.firstSPPos(n.Body)))
		}
		return
	}
	if n.Tok == token.ASSIGN && (l.hasSP[n.Key] || l.hasSP[n.Value]) {
		l.errorf(n.Pos(), "a range clause that assigns through a suspension point is not supported in %s: assign a variable and copy it", what)
	}
}

// isRecv reports the receiver identifier.
func (l *lowerer) isRecv(x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && l.recv != nil && l.info.Uses[id] == types.Object(l.recv)
}

// firstSP describes the first suspension point inside n.
func (l *lowerer) firstSP(n ast.Node) string {
	var sp *SP
	ast.Inspect(n, func(c ast.Node) bool {
		if sp != nil {
			return false
		}
		if _, ok := c.(*ast.FuncLit); ok {
			return false
		}
		sp = l.in.SPs[c]
		return sp == nil
	})
	if sp == nil {
		return "a suspension point"
	}
	return describeSP(sp)
}

// firstSPPos returns the position of the first suspension point in n.
func (l *lowerer) firstSPPos(n ast.Node) token.Pos {
	pos := n.Pos()
	found := false
	ast.Inspect(n, func(c ast.Node) bool {
		if found {
			return false
		}
		if _, ok := c.(*ast.FuncLit); ok {
			return false
		}
		if sp := l.in.SPs[c]; sp != nil {
			pos, found = sp.Pos, true
		}
		return !found
	})
	return pos
}

// describeSP names a suspension point in messages.
func describeSP(sp *SP) string {
	switch sp.Kind {
	case ir.ReadField:
		return "the read of " + sp.Entity + "." + sp.Member
	case ir.CreateEntity:
		return "the creation of " + sp.Entity + " with " + sp.Member
	}
	return "the call to " + sp.Entity + "." + sp.Member
}

// markSP marks every node that contains a suspension point (function
// literals aside).
func (l *lowerer) markSP() {
	l.hasSP = map[ast.Node]bool{}
	var stack []ast.Node
	ast.Inspect(l.in.Decl.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		stack = append(stack, n)
		if l.in.SPs[n] != nil {
			for _, a := range stack {
				l.hasSP[a] = true
			}
		}
		return true
	})
}
