package split

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// suspendCall ends the current block at a remote call, a remote create or
// a nested call, whose operands the hoister evaluated already, and starts
// the block that resumes after it. It returns the temporaries that receive
// the callee's results (none when drop).
func (l *lowerer) suspendCall(x *ast.CallExpr, sp *SP, subst map[ast.Node]*sub, drop bool) []*Var {
	c := l.newCall(sp)
	r := l.newRenderer(subst)
	if sp.Kind == ir.CallMethod && !sp.Nested {
		sel := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		c.Target = via(r.print(sel.X), sp.Via)
	}
	sig, _ := l.info.TypeOf(x.Fun).Underlying().(*types.Signature)
	if sig == nil {
		panic(bug("call of %s without a signature", c.Desc))
	}
	c.Args = l.callArgs(x, sig, r)

	var vs []*Var
	if !drop {
		res := sig.Results()
		for i := range res.Len() {
			v := l.temp(res.At(i).Type(), x.Pos(), "the result of "+l.exprString(x))
			vs = append(vs, v)
			if sp.Callee != nil && sp.Callee.Error && i == res.Len()-1 {
				c.Err = v
				continue
			}
			if sp.Kind == ir.CreateEntity {
				v.Type = &ir.Type{Kind: ir.Ref, Entity: sp.Entity, GoExpr: v.GoType}
			} else if sp.Callee != nil && i < len(sp.Callee.Results) {
				v.Type = sp.Callee.Results[i].Type
			}
			c.Results = append(c.Results, v)
		}
	}
	l.suspendAt(c, r.uses, x.Pos())
	return vs
}

// suspendRead ends the current block at a state request and starts the
// block that resumes after it. It returns the temporary holding the field.
func (l *lowerer) suspendRead(se *ast.SelectorExpr, subst map[ast.Node]*sub) []*Var {
	sp := l.in.SPs[se]
	c := l.newCall(sp)
	r := l.newRenderer(subst)
	c.Target = via(r.print(se.X), sp.Via)
	v := l.temp(l.info.TypeOf(se), se.Pos(), "the value of "+l.exprString(se))
	v.Type = sp.Field
	c.Results = []*Var{v}
	l.suspendAt(c, r.uses, se.Pos())
	return []*Var{v}
}

func (l *lowerer) newCall(sp *SP) *Call {
	desc := sp.Entity + "." + sp.Member
	if sp.Kind == ir.CreateEntity {
		desc = sp.Member
	}
	return &Call{
		Kind:   sp.Kind,
		Nested: sp.Nested,
		Entity: sp.Entity,
		Member: sp.Member,
		Pos:    l.irPos(sp.Pos),
		Callee: sp.Callee,
		Field:  sp.Field,
		Desc:   desc,
	}
}

// callArgs renders the arguments of a call, one per parameter: a variadic
// tail is packed into a slice, and a single call with several results
// spreads over the parameters.
func (l *lowerer) callArgs(x *ast.CallExpr, sig *types.Signature, r *renderer) []string {
	params := sig.Params()
	var vals []string
	if len(x.Args) == 1 && params.Len() > 1 {
		if s := r.subst[x.Args[0]]; s != nil && len(s.vars) > 1 {
			r.use(s.vars...)
			for _, v := range s.vars {
				vals = append(vals, v.Name)
			}
		}
	}
	if vals == nil {
		for _, a := range x.Args {
			vals = append(vals, r.print(a))
		}
	}
	if !sig.Variadic() || x.Ellipsis.IsValid() {
		return vals
	}
	fixed := params.Len() - 1
	if len(vals) < fixed {
		panic(bug("call with %d arguments for %d parameters", len(vals), params.Len()))
	}
	tail := vals[fixed:]
	out := append([]string(nil), vals[:fixed]...)
	if len(tail) == 0 {
		return append(out, "nil")
	}
	st, _ := l.typeExpr(params.At(fixed).Type())
	return append(out, st+"{"+strings.Join(tail, ", ")+"}")
}

// suspendAt ends the current block with a suspension at c and continues
// in a new block, its resume point.
func (l *lowerer) suspendAt(c *Call, uses []*Var, pos token.Pos) {
	pc := len(l.m.Resumes) + 1
	from := l.cur
	l.end(Term{Kind: Suspend, PC: pc, uses: uses})
	to := l.newBlock(pos, "after "+c.Desc)
	l.m.Resumes = append(l.m.Resumes, &Resume{PC: pc, Block: to.ID, Suspend: from.ID, Call: c})
	l.cur = to
}

// via selects the embedded fields that lead to a reference.
func via(x, fields string) string {
	if fields == "" {
		return x
	}
	return x + "." + fields
}
