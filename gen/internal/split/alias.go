package split

import (
	"go/ast"
	"go/token"
	"go/types"
)

// aliases is a may-alias analysis of the method's variables: two variables
// are in one class when a value that refers to memory (a pointer, slice,
// map, interface...) flows from one to the other, or from memory the other
// points into. The class of state holds the receiver: a variable in it may
// refer to the entity's state.
//
// After a suspension every frame variable is a decoded copy, so a variable
// that refers to the state no longer does, and two variables that shared
// memory no longer do: such variables must not be live across a
// suspension point. The flows are recorded with the block they happen in,
// and the classes at a suspension point are built from the flows of the
// blocks that can reach it: an alias made after the method's last
// suspension point (u.Basket = items) is harmless.
type aliases struct {
	l      *lowerer
	state  types.Object
	edges  []aliasEdge
	parent map[types.Object]types.Object
}

// aliasEdge is one flow: x and y may share memory after node (or in
// block, for the flows of generated code) runs.
type aliasEdge struct {
	node  ast.Node
	block int
	x, y  types.Object
}

func newAliases(l *lowerer) *aliases {
	a := &aliases{l: l}
	a.state = types.NewVar(token.NoPos, l.in.Pkg, "sfState", types.Typ[types.Invalid])
	return a
}

func (a *aliases) find(o types.Object) types.Object {
	for {
		p, ok := a.parent[o]
		if !ok || p == o {
			return o
		}
		if gp, ok := a.parent[p]; ok {
			a.parent[o] = gp
		}
		o = p
	}
}

func (a *aliases) union(x, y types.Object) {
	rx, ry := a.find(x), a.find(y)
	if rx != ry {
		a.parent[rx] = ry
	}
}

// same reports whether x and y may alias in the classes built last.
func (a *aliases) same(x, y types.Object) bool { return a.find(x) == a.find(y) }

// build makes the classes of the flows keep accepts.
func (a *aliases) build(keep func(aliasEdge) bool) {
	a.parent = map[types.Object]types.Object{}
	for _, e := range a.edges {
		if keep(e) {
			a.union(e.x, e.y)
		}
	}
}

// record notes that dst and the sources of src may share memory once node
// runs (node nil: in the current block of the lowering).
func (a *aliases) record(node ast.Node, dst, srcs []types.Object) {
	block := -1
	if node == nil && a.l.cur != nil {
		block = a.l.cur.ID
	}
	for _, s := range srcs {
		for _, d := range dst {
			a.edges = append(a.edges, aliasEdge{node: node, block: block, x: d, y: s})
		}
	}
}

// flow records that the value of src is stored in the memory of dst (a
// variable, or what a pointer, field or element points into).
func (a *aliases) flow(node ast.Node, dst []types.Object, src ast.Expr) {
	if src == nil || !a.l.refBearing(a.l.info.TypeOf(src)) {
		return
	}
	a.record(node, dst, a.sources(src))
}

// walk records every flow of the method body, function literals included.
func (a *aliases) walk(body *ast.BlockStmt) {
	info := a.l.info
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				return true
			}
			for i, lhs := range n.Lhs {
				dst := a.targets(lhs)
				if len(n.Rhs) == len(n.Lhs) {
					a.flow(n, dst, n.Rhs[i])
				} else if len(n.Rhs) == 1 {
					a.record(n, dst, a.sources(n.Rhs[0]))
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				obj := info.Defs[id]
				if obj == nil {
					continue
				}
				if len(n.Values) == len(n.Names) {
					a.flow(n, []types.Object{obj}, n.Values[i])
				} else if len(n.Values) == 1 {
					a.record(n, []types.Object{obj}, a.sources(n.Values[0]))
				}
			}
		case *ast.RangeStmt:
			// A lowered range records its flow where it assigns the value.
			a.rangeValue(n, n)
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) == 2 {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "copy" && a.elemRefs(n.Args[1]) {
					a.record(n, a.sources(n.Args[0]), a.sources(n.Args[1]))
				}
			}
		}
		return true
	})
}

// rangeValue records the flow from the ranged expression to the value
// variable of a range loop (element references of entities are stubs).
func (a *aliases) rangeValue(node ast.Node, n *ast.RangeStmt) {
	if n.Value == nil {
		return
	}
	if t := a.l.info.TypeOf(n.Value); t != nil && a.l.refBearing(t) {
		a.record(node, a.targets(n.Value), a.sources(n.X))
	}
}

// targets returns what an assignment to lhs writes: the variable itself,
// or the memory the selected field or element lives in.
func (a *aliases) targets(lhs ast.Expr) []types.Object {
	if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
		if obj := a.l.objectOf(id); obj != nil && id.Name != "_" {
			if a.l.isRecv(id) {
				return []types.Object{a.state}
			}
			return []types.Object{obj}
		}
		return nil
	}
	return a.addr(lhs)
}

// addr returns the memory &x points into.
func (a *aliases) addr(x ast.Expr) []types.Object {
	info := a.l.info
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		if a.l.isRecv(x) {
			return []types.Object{a.state}
		}
		if obj, ok := info.Uses[x].(*types.Var); ok {
			return []types.Object{obj}
		}
	case *ast.SelectorExpr:
		if isPointer(info.TypeOf(x.X)) {
			return a.sources(x.X)
		}
		return a.addr(x.X)
	case *ast.IndexExpr:
		switch info.TypeOf(x.X).Underlying().(type) {
		case *types.Array:
			return a.addr(x.X)
		default:
			return a.sources(x.X)
		}
	case *ast.StarExpr:
		return a.sources(x.X)
	case *ast.CompositeLit:
		return a.sources(x)
	}
	return nil
}

// sources returns the variables (and the state) whose memory the value of
// x may refer to. Entity references read from fields or elements are
// stubs that hold a key: they refer to no memory of the method.
func (a *aliases) sources(x ast.Expr) []types.Object {
	l := a.l
	info := l.info
	if l.isRecv(x) {
		// The receiver points to the state (as a reference it is not
		// "ref-bearing").
		return []types.Object{a.state}
	}
	t := info.TypeOf(x)
	if t == nil || !l.refBearing(t) {
		return nil
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		if obj, ok := info.Uses[x].(*types.Var); ok && obj.Parent() != l.in.Pkg.Scope() {
			return []types.Object{obj}
		}
	case *ast.SelectorExpr:
		if l.in.SPs[x] != nil || l.in.IsRef(t) {
			return nil
		}
		if sel := info.Selections[x]; sel != nil {
			return a.sources(x.X)
		}
	case *ast.IndexExpr:
		if l.in.IsRef(t) {
			return nil
		}
		return a.sources(x.X)
	case *ast.SliceExpr:
		if _, ok := info.TypeOf(x.X).Underlying().(*types.Array); ok {
			return a.addr(x.X)
		}
		return a.sources(x.X)
	case *ast.StarExpr:
		return a.sources(x.X)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return a.addr(x.X)
		}
	case *ast.TypeAssertExpr:
		return a.sources(x.X)
	case *ast.CompositeLit:
		var out []types.Object
		for _, e := range x.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				out = append(out, a.sources(kv.Value)...)
				if !isField(info, kv.Key) {
					out = append(out, a.sources(kv.Key)...)
				}
				continue
			}
			out = append(out, a.sources(e)...)
		}
		return out
	case *ast.CallExpr:
		return a.callSources(x)
	}
	return nil
}

// callSources returns what a call's result may refer to: a conversion's
// operand, append's operands, else the receiver and arguments (results of
// remote calls and nested calls are decoded copies).
func (a *aliases) callSources(x *ast.CallExpr) []types.Object {
	l := a.l
	info := l.info
	if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
		if len(x.Args) == 1 {
			return a.sources(x.Args[0])
		}
		return nil
	}
	if l.in.SPs[x] != nil {
		return nil
	}
	if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			if b.Name() != "append" && b.Name() != "min" && b.Name() != "max" {
				return nil
			}
		}
	}
	var out []types.Object
	if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && x.Ellipsis.IsValid() {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
			// append(s, xs...) copies the elements of xs.
			out = a.sources(x.Args[0])
			if a.elemRefs(x.Args[1]) {
				out = append(out, a.sources(x.Args[1])...)
			}
			return out
		}
	}
	if se, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && info.Selections[se] != nil {
		out = append(out, a.sources(se.X)...)
		if !isPointer(info.TypeOf(se.X)) {
			out = append(out, a.addr(se.X)...)
		}
	}
	for _, arg := range x.Args {
		out = append(out, a.sources(arg)...)
	}
	return out
}

func isField(info *types.Info, k ast.Expr) bool {
	id, ok := k.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && v.IsField()
}

func isPointer(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// refBearing reports a type whose values may refer to memory. References
// to entities (*E) do not: every use of one is remote, never through
// memory, whether it holds another entity or the receiver itself.
func (l *lowerer) refBearing(t types.Type) bool {
	return l.refBearingSeen(t, map[types.Type]bool{})
}

func (l *lowerer) refBearingSeen(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	if l.in.IsRef(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	case *types.Array:
		return l.refBearingSeen(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if l.refBearingSeen(u.Field(i).Type(), seen) {
				return true
			}
		}
		return false
	case *types.Tuple:
		for i := range u.Len() {
			if l.refBearingSeen(u.At(i).Type(), seen) {
				return true
			}
		}
		return false
	}
	return true
}

// elemRefs reports a slice (or string) whose elements refer to memory.
func (a *aliases) elemRefs(x ast.Expr) bool {
	if s, ok := a.l.info.TypeOf(x).Underlying().(*types.Slice); ok {
		return a.l.refBearing(s.Elem())
	}
	return false
}
