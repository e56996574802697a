package split

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// bugError is a failure of the splitter itself, reported as a diagnostic
// of the method instead of crashing the compiler.
type bugError struct{ msg string }

func bug(format string, args ...any) bugError {
	return bugError{msg: fmt.Sprintf(format, args...)}
}

// lowerer holds the state of one method's lowering.
type lowerer struct {
	in   *Input
	info *types.Info
	m    *Method
	sig  *types.Signature
	recv *types.Var

	// hasSP marks the nodes that contain a suspension point, outside
	// function literals.
	hasSP map[ast.Node]bool
	// vars are the function-level variables by object (temporaries have
	// objects of their own).
	vars map[types.Object]*Var
	// names are the names objects take in the resume function: those of
	// function-level variables, the receiver and hoisted constants.
	names map[types.Object]string
	// objNames maps every name the method uses to the objects it denotes.
	objNames map[string]map[types.Object]bool
	claimed  map[string]bool

	blocks []*Block
	cur    *Block // nil after a statement that does not continue
	exit   *Block
	leaps  []*leap
	// loops counts the lowered loops around the statement being lowered;
	// labeled is the labeled statement of the statement being lowered.
	loops   int
	labeled *ast.LabeledStmt
	temps   int

	alias *aliases
	live  []varSet // by index in allVars
	flow  *flow
	// allVars are the function-level variables before temporaries were
	// coalesced.
	allVars []*Var
	diags   []Diagnostic
}

// leap is a lowered statement that break (and for loops continue) may
// leave or continue.
type leap struct {
	node  ast.Stmt
	label *types.Label
	brk   int
	cont  int // -1 for a switch
}

// stmt is a statement of a block with what liveness needs: the function-
// level variables it reads and those it assigns as a whole, and the jumps
// it makes out of the block from inside its code.
type stmt struct {
	text  string
	uses  []*Var
	defs  []*Var
	jumps []jump
	// src is the statement of the source the code runs, if any.
	src ast.Node
}

// jump is a transfer to another block from inside a statement; kill are
// the variables the statement assigns on the way (a return's results).
type jump struct {
	to   int
	kill []*Var
}

func (l *lowerer) errorf(pos token.Pos, format string, args ...any) {
	l.diags = append(l.diags, Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)})
}

// irPos converts a position for the IR.
func (l *lowerer) irPos(pos token.Pos) ir.Pos {
	p := l.in.Fset.Position(pos)
	if !p.IsValid() {
		return ir.Pos{}
	}
	return ir.Pos{File: filepath.Base(p.Filename), Line: p.Line, Col: p.Column}
}

// newBlock adds a block starting at pos.
func (l *lowerer) newBlock(pos token.Pos, label string) *Block {
	b := &Block{ID: len(l.blocks), Pos: l.irPos(pos), Label: label}
	l.blocks = append(l.blocks, b)
	return b
}

// emit appends a statement to the current block.
func (l *lowerer) emit(s *stmt) {
	if l.cur == nil {
		panic(bug("statement %q after the end of a block", s.text))
	}
	l.cur.stmts = append(l.cur.stmts, s)
}

// emitf appends generated code that reads uses and assigns defs.
func (l *lowerer) emitf(uses, defs []*Var, format string, args ...any) {
	l.emit(&stmt{text: fmt.Sprintf(format, args...), uses: uses, defs: defs})
}

// end ends the current block with t; no block is current afterwards.
func (l *lowerer) end(t Term) {
	if l.cur == nil {
		panic(bug("terminator after the end of a block"))
	}
	l.cur.Term = t
	l.cur.ended = true
	l.cur = nil
}

// jumpTo ends the current block (if any) with a jump to b.
func (l *lowerer) jumpTo(b *Block) {
	if l.cur != nil {
		l.end(Term{Kind: Jump, To: b.ID})
	}
}

// branch ends the current block with a conditional jump.
func (l *lowerer) branch(cond string, uses []*Var, then, els *Block) {
	l.end(Term{Kind: Branch, Cond: cond, Then: then.ID, Else: els.ID, uses: uses})
}

// startAt makes b the current block, jumping there from the current one.
func (l *lowerer) startAt(b *Block) {
	l.jumpTo(b)
	l.cur = b
}

// jumpText is the code of a jump from inside a block's code.
func jumpText(to int) string {
	return "sfBlock = " + strconv.Itoa(to) + "\ncontinue sfLoop"
}

// variable makes obj a function-level variable (once).
func (l *lowerer) variable(obj types.Object, desc string) *Var {
	if v := l.vars[obj]; v != nil {
		return v
	}
	typ := obj.Type()
	v := &Var{Name: l.nameFor(obj), obj: obj, typ: typ, pos: obj.Pos(), desc: desc, inLoop: l.loops > 0}
	expr, why := l.typeExpr(typ)
	if why != "" {
		l.errorf(obj.Pos(), "%s of type %s cannot be declared in generated code: %s", desc, types.TypeString(typ, l.relative), why)
		expr = "any"
	}
	v.GoType = expr
	l.vars[obj] = v
	l.m.Vars = append(l.m.Vars, v)
	return v
}

// local makes a variable of the body a function-level variable.
func (l *lowerer) local(obj types.Object) *Var {
	return l.variable(obj, "variable "+obj.Name())
}

// temp adds a temporary variable of type t holding what desc names.
func (l *lowerer) temp(t types.Type, pos token.Pos, desc string) *Var {
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Default(t)
	}
	l.temps++
	prefix := "sfT"
	switch {
	case strings.HasPrefix(desc, "the index of"):
		prefix = "sfI"
	case strings.HasPrefix(desc, "the bound of"), strings.HasPrefix(desc, "the length of"):
		prefix = "sfN"
	case strings.HasPrefix(desc, "the keys of"):
		prefix = "sfKeys"
	case strings.HasPrefix(desc, "the tag of"):
		prefix = "sfTag"
	}
	obj := types.NewVar(pos, l.in.Pkg, prefix+strconv.Itoa(l.temps), t)
	l.names[obj] = obj.Name()
	v := l.variable(obj, desc)
	v.temp = true
	return v
}

// relative writes types in messages: this package's unqualified.
func (l *lowerer) relative(p *types.Package) string {
	if p == l.in.Pkg {
		return ""
	}
	return p.Name()
}

// exprString renders an expression of the source for messages.
func (l *lowerer) exprString(x ast.Expr) string {
	s := types.ExprString(x)
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

// posString renders a position as file:line:col for messages.
func (l *lowerer) posString(pos token.Pos) string {
	return l.irPos(pos).String()
}

// zero returns the zero value of t as an expression.
func (l *lowerer) zero(t types.Type, typeExpr string) string {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return "false"
		case u.Info()&types.IsString != 0:
			if _, named := types.Unalias(t).(*types.Named); named {
				return typeExpr + `("")`
			}
			return `""`
		case u.Info()&types.IsNumeric != 0:
			if _, named := types.Unalias(t).(*types.Named); named {
				return typeExpr + "(0)"
			}
			return "0"
		case u.Kind() == types.UnsafePointer:
			return "nil"
		}
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return "nil"
	case *types.Struct, *types.Array:
		return typeExpr + "{}"
	}
	return "*new(" + typeExpr + ")"
}

// label summarises a statement for block labels.
func label(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 48 {
		s = s[:45] + "..."
	}
	return s
}
