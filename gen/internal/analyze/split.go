package analyze

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/stateflow-go/stateflow/gen/internal/split"
	"github.com/stateflow-go/stateflow/ir"
)

// body is the body of a method of an entity: its suspension points and
// its calls of the entity's own methods on the receiver.
type body struct {
	fn    *types.Func
	e     *entity
	decl  *ast.FuncDecl
	sps   map[ast.Node]*split.SP
	calls []*ir.Call
	self  []selfCall // calls of the entity's own methods on the receiver
	refs  []selfCall // method values of them
	split bool
}

// selfCall is a use of one of the entity's methods on the receiver.
type selfCall struct {
	node  ast.Node // the *ast.CallExpr, or the *ast.SelectorExpr of a method value
	fn    *types.Func
	inLit bool
	pos   token.Pos
}

// selfMethod records a method of the walker's entity selected on the
// receiver.
func (w *walker) selfMethod(se *ast.SelectorExpr, sel *types.Selection) {
	if w.body == nil || !w.isLocal(se.X) || len(sel.Index()) != 1 {
		return
	}
	fn, ok := sel.Obj().(*types.Func)
	if !ok || w.a.entityOf(fn.Signature().Recv().Type()) != w.body.e {
		return
	}
	sc := selfCall{fn: fn, inLit: w.inFuncLit(), pos: se.Sel.Pos()}
	if w.called() {
		sc.node, _ = w.parent()
		w.body.self = append(w.body.self, sc)
		return
	}
	sc.node = se
	w.body.refs = append(w.body.refs, sc)
}

// newSP describes a suspension point for the splitter.
func (a *analyzer) newSP(kind ir.CallKind, e *entity, member string, pos token.Pos, node ast.Node) *split.SP {
	sp := &split.SP{Kind: kind, Entity: e.name, Member: member, Pos: pos}
	switch kind {
	case ir.CallMethod:
		sp.Callee = e.ir.Method(member)
	case ir.CreateEntity:
		sp.Callee = e.ir.Constructor
	case ir.ReadField:
		if f := stateField(e.ir.State, member); f != nil && f.Transient {
			a.errorf(pos, "cannot read field %s of another %s: it is transient (stateflow:\"-\"), not part of the state", member, e.name)
		}
		t, probs := a.types.convert(a.info.TypeOf(node.(ast.Expr)), inState)
		if probs == nil {
			sp.Field = t
		}
	}
	return sp
}

// stateField finds a field of a state by its path ("Base.Price").
func stateField(t *ir.Type, path string) *ir.Field {
	var f *ir.Field
	for _, name := range strings.Split(path, ".") {
		if t != nil && t.Kind == ir.Pointer {
			t = t.Elem
		}
		if t == nil || t.Kind != ir.Struct {
			return nil
		}
		f = nil
		for _, c := range t.Fields {
			if c.Name == name {
				f = c
			}
		}
		if f == nil {
			return nil
		}
		t = f.Type
	}
	return f
}

// splitMethods finds the methods to split: those with a suspension point,
// and (to a fixpoint) those that call a split method of their entity on
// the receiver. Each becomes an operation with Split set, or, when
// unexported, an internal method of its entity; then each is lowered.
func (a *analyzer) splitMethods() []*split.Method {
	byFn := map[*types.Func]*body{}
	for _, b := range a.bodies {
		byFn[b.fn] = b
		b.split = len(b.sps) > 0
	}
	for changed := true; changed; {
		changed = false
		for _, b := range a.bodies {
			if b.split {
				continue
			}
			for _, c := range b.self {
				if cb := byFn[c.fn]; cb != nil && cb.split && !c.inLit {
					b.split, changed = true, true
					break
				}
			}
		}
	}
	methods := map[*types.Func]*ir.Method{}
	for _, b := range a.bodies {
		for _, c := range b.self {
			if cb := byFn[c.fn]; cb != nil && cb.split && c.inLit {
				a.errorf(c.pos, "call of split method %s.%s inside a function literal is not supported: it suspends at %s; move the call out of the function literal",
					b.e.name, c.fn.Name(), a.firstSP(cb))
			}
		}
		for _, c := range b.refs {
			if cb := byFn[c.fn]; cb != nil && cb.split {
				a.errorf(c.pos, "method value %s.%s of a split method is not supported: call the method", b.e.name, c.fn.Name())
			}
		}
		if b.split {
			if m := a.makeSplit(b); m != nil {
				methods[b.fn] = m
			}
		}
	}
	for _, e := range a.entities {
		slices.SortFunc(e.ir.Methods, func(x, y *ir.Method) int { return strings.Compare(x.Name, y.Name) })
		for i, m := range e.ir.Methods {
			m.Index = i
		}
	}
	var out []*split.Method
	for _, b := range a.bodies {
		m := methods[b.fn]
		if m == nil {
			continue
		}
		for _, c := range b.self {
			if callee := methods[c.fn]; callee != nil && !c.inLit {
				b.sps[c.node] = &split.SP{Kind: ir.CallMethod, Nested: true, Entity: b.e.name, Member: c.fn.Name(), Callee: callee, Pos: c.pos}
			}
		}
		a.checkLocalNames(b)
		sm, ds := split.Lower(&split.Input{
			Fset:     a.fset,
			Info:     a.info,
			Pkg:      a.tpkg,
			Decl:     b.decl,
			Entity:   b.e.name,
			Method:   m,
			SPs:      b.sps,
			TypeOf:   a.frameType,
			Qualify:  a.imports.qualify,
			IsRef:    func(t types.Type) bool { return a.refEntity(t) != nil },
			Reserved: a.reservedLocals(),
		})
		for _, d := range ds {
			a.errorf(d.Pos, "%s", d.Message)
		}
		if sm != nil {
			m.Machine = sm.Machine
			out = append(out, sm)
		}
	}
	return out
}

// firstSP describes the first suspension point of a split method's body
// (or the first call of a split method that makes it split).
func (a *analyzer) firstSP(b *body) string {
	if len(b.calls) > 0 {
		c := b.calls[0]
		return c.Kind.String() + " " + c.Entity + "." + c.Member + " at " + c.Pos.String()
	}
	for _, c := range b.self {
		return "the call of " + c.fn.Name() + " at " + a.irPos(c.pos).String()
	}
	return "a remote call"
}

// makeSplit marks a split operation, or makes a split helper an internal
// method of its entity. It needs a pointer receiver: each step binds the
// receiver to the entity's current state.
func (a *analyzer) makeSplit(b *body) *ir.Method {
	fd, e := b.decl, b.e
	sig := b.fn.Signature()
	if _, ptr := types.Unalias(sig.Recv().Type()).(*types.Pointer); !ptr {
		if a.methods[b.fn] == nil { // an operation is reported as such
			a.errorf(fd.Recv.List[0].Type.Pos(), "method %s.%s needs a pointer receiver: it is split at its suspension points (%s)",
				e.name, fd.Name.Name, a.firstSP(b))
		}
		return nil
	}
	m := a.methods[b.fn]
	if m == nil {
		what := "split helper " + e.name + "." + fd.Name.Name
		m = &ir.Method{Name: fd.Name.Name, Kind: ir.Operation, Doc: docText(fd.Doc), Pos: a.irPos(fd.Name.Pos()), Internal: true}
		a.paramTypes(m, sig, what, fd.Name.Pos())
		a.results(m, sig, what, fd.Name.Pos())
		m.Calls = b.calls
		e.ir.Methods = append(e.ir.Methods, m)
	}
	if !slices.Contains(e.ir.Methods, m) {
		return nil // an invalid operation, reported already
	}
	m.Split = true
	return m
}

// checkLocalNames reports names of a split method's body that generated
// code reserves: the resume function declares such names.
func (a *analyzer) checkLocalNames(b *body) {
	ast.Inspect(b.decl, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && a.info.Defs[id] != nil && reservedPrefix(id.Name) {
			if _, isFunc := a.info.Defs[id].(*types.Func); !isFunc {
				a.errorf(id.Pos(), "name %s is reserved for generated code (names beginning with sf and an upper-case letter or digit)", id.Name)
			}
		}
		return true
	})
}

// reservedLocals are the names a resume function's variables must not
// take: the packages generated code refers to, and every package name the
// package's files import.
func (a *analyzer) reservedLocals() []string {
	names := []string{"context", "stateflow", "ir", "wire", "fmt", "errors", "slices", "bytes", "time", "utf8"}
	for _, f := range a.files {
		for _, imp := range f.Imports {
			if imp.Name != nil {
				names = append(names, imp.Name.Name)
			}
		}
	}
	for _, p := range a.tpkg.Imports() {
		names = append(names, p.Name())
	}
	for _, n := range a.imports.names {
		names = append(names, n)
	}
	return names
}

// frameType converts the type of a variable a frame carries.
func (a *analyzer) frameType(t types.Type) (*ir.Type, []string) {
	a.types.frame = true
	defer func() { a.types.frame = false }()
	return a.types.convert(t, inFrame)
}

// sentinels lists the package-level variables of type error that split
// methods may keep in frames: the package's own, and those of other
// packages that split methods refer to.
func (a *analyzer) sentinels() []string {
	if len(a.split) == 0 {
		return nil
	}
	var out []string
	seen := map[*types.Var]bool{}
	add := func(v *types.Var) {
		if seen[v] || !isError(v.Type()) || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
			return
		}
		if v.Pkg() != a.tpkg && !v.Exported() {
			return
		}
		seen[v] = true
		if q := a.imports.qualify(v.Pkg()); q != "" {
			out = append(out, q+"."+v.Name())
		} else {
			out = append(out, v.Name())
		}
	}
	scope := a.tpkg.Scope()
	for _, name := range scope.Names() {
		if v, ok := scope.Lookup(name).(*types.Var); ok {
			add(v)
		}
	}
	for _, b := range a.bodies {
		if !b.split {
			continue
		}
		ast.Inspect(b.decl.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if v, ok := a.info.Uses[id].(*types.Var); ok {
					add(v)
				}
			}
			return true
		})
	}
	slices.Sort(out)
	return out
}

// errorTypes lists the named types of the package that implement error
// (by value or by pointer) and whose values can be encoded, sorted by
// name: errors of those types keep their type across suspension points
// and remote calls.
func (a *analyzer) errorTypes() []*ErrorType {
	if len(a.split) == 0 {
		return nil
	}
	errIface := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	var out []*ErrorType
	scope := a.tpkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams() != nil || a.byObj[tn] != nil {
			continue
		}
		if _, isIface := named.Underlying().(*types.Interface); isIface {
			continue
		}
		var impl types.Type
		switch {
		case types.Implements(named, errIface):
			impl = named
		case types.Implements(types.NewPointer(named), errIface):
			impl = types.NewPointer(named)
		default:
			continue
		}
		if t, probs := a.frameType(impl); probs == nil {
			out = append(out, &ErrorType{Type: t})
		}
	}
	return out
}
