package split

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/stateflow-go/stateflow/ir"
)

// Input is one method to split, as the front end analysed it.
type Input struct {
	Fset *token.FileSet
	Info *types.Info
	Pkg  *types.Package
	Decl *ast.FuncDecl
	// Entity is the name of the receiver's entity and Method its operation
	// (or internal helper) in the program, with Split set.
	Entity string
	Method *ir.Method
	// SPs are the suspension points of the body by node: the *ast.CallExpr
	// of a remote call, a remote create or a nested call of a split method
	// of the receiver, the *ast.SelectorExpr of a state request.
	SPs map[ast.Node]*SP
	// TypeOf converts a variable's type for its frame, or returns the
	// problems that make it unserializable.
	TypeOf func(types.Type) (*ir.Type, []string)
	// Qualify names packages in the generated file (a types.Qualifier that
	// records the imports it hands out).
	Qualify types.Qualifier
	// IsRef reports a reference type *E of an entity E.
	IsRef func(types.Type) bool
	// Reserved are names the generated function refers to besides the
	// body's: function-level variables never take them.
	Reserved []string
}

// SP is a suspension point.
type SP struct {
	Kind ir.CallKind
	// Nested reports a call of a split method of the receiver itself.
	Nested bool
	Entity string // the entity called, read or created
	Member string // the method, the field path or the constructor
	// Callee is the method or constructor called (nil for a state
	// request); its Params and Results give the codecs of arguments and
	// results.
	Callee *ir.Method
	// Field is the type of the field a state request reads.
	Field *ir.Type
	// Via are the embedded fields that lead from the selected expression
	// to the reference, when the reference is an embedded field ("Item"
	// for t.Price, t embedding *Item).
	Via string
	Pos token.Pos
}

// Diagnostic is a problem of the method at a position.
type Diagnostic struct {
	Pos     token.Pos
	Message string
}

// Method is a split method lowered into blocks: what the code generator
// needs to write its resume function.
type Method struct {
	Entity string
	Name   string
	IR     *ir.Method
	// Recv is the name the receiver has in the resume function, or "" when
	// the body does not use it.
	Recv string
	// Params are the variables of the parameters, in order; a nil entry is
	// a parameter the body never uses (decoded and dropped).
	Params []*Var
	// Results are the variables returned at the exit block: the non-error
	// results in order (Result), then the error result (Err) if any.
	Results []*Var
	Err     *Var
	// Vars are every function-level variable of the resume function but the
	// receiver, in declaration order.
	Vars []*Var
	// Consts are local constant declarations, hoisted to the function.
	Consts []string
	// Blocks are the lowered code; Blocks[i].ID == i. Block 0 is the entry.
	Blocks []*Block
	// Resumes are the resume points: Resumes[k-1] is PC k.
	Resumes []*Resume
	// Exit is the block that returns the results.
	Exit int
	// KeyTypes are the key types of map range loops ordered by their
	// encoding: the code refers to an encoder of KeyTypes[i] as
	// sfKeyEncoder<i>, which the code generator replaces, and to the
	// generic sfSortKeys, which it declares.
	KeyTypes []*ir.Type
	// Machine describes the blocks and resume points for graphs.
	Machine *ir.Machine
}

// Var is a function-level variable of a resume function: a parameter, a
// result, a variable whose scope spans blocks, or a temporary.
type Var struct {
	Name   string
	GoType string
	// Type is the variable's IR type: set for parameters, results and the
	// variables some frame carries.
	Type *ir.Type
	// Error reports a variable of type error that some frame carries: it
	// travels as its message and comes back as a *stateflow.RemoteError
	// with that message (or nil).
	Error bool
	// Used reports that generated code reads the variable; an unused one is
	// declared and then blanked, for the compiler's sake.
	Used bool

	obj      types.Object
	typ      types.Type
	pos      token.Pos
	desc     string // names the variable in messages
	temp     bool
	inLoop   bool // declared inside a lowered loop
	noAlias  bool // a range snapshot: exempt from the aliasing rule
	reported bool // a diagnostic names it already
	merged   bool // shares the variable of an earlier temporary
}

// Block is a piece of code that runs within one step.
type Block struct {
	ID    int
	Pos   ir.Pos
	Label string
	// Code are Go statements. Jumps inside them are written as
	// "sfBlock = N; continue sfLoop".
	Code []string
	Term Term

	stmts []*stmt
	ended bool
}

// TermKind tells how a block ends.
type TermKind uint8

// The ways a block ends.
const (
	// Jump continues at block To.
	Jump TermKind = iota
	// Branch continues at Then when Cond holds, else at Else.
	Branch
	// Suspend ends the step at resume point PC.
	Suspend
	// Return ends the method with the result variables.
	Return
	// Dispatch means the block's code chose the next block itself (one of
	// Succs); nothing follows it.
	Dispatch
)

// Term is how a block ends.
type Term struct {
	Kind       TermKind
	To         int
	Cond       string
	Then, Else int
	PC         int
	Succs      []int

	uses []*Var
}

// Resume is a resume point.
type Resume struct {
	PC int
	// Block is where execution continues once the results are bound.
	Block int
	// Suspend is the block that suspends here.
	Suspend int
	Call    *Call
	// Frame are the variables live at the resume point, in frame order.
	Frame []*Var
}

// Call is the remote interaction of a suspension point.
type Call struct {
	Kind   ir.CallKind
	Nested bool
	Entity string
	Member string
	Pos    ir.Pos
	// Callee is the method or constructor called, nil for a state request.
	Callee *ir.Method
	// Field is the type of the field read by a state request.
	Field *ir.Type
	// Target is the Go expression of the reference called or read; "" for
	// creates and nested calls.
	Target string
	// Args are the Go expressions of the arguments, one per parameter of
	// the callee (a variadic tail packed into a slice).
	Args []string
	// Results receive the callee's non-error results (for a state request
	// the field, for a create the new reference); nil when the call site
	// drops them. Err receives the error result, or is nil.
	Results []*Var
	Err     *Var
	// Desc names the call in messages and comments ("Item.Buy").
	Desc string
}
