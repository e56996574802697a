package split

import (
	"go/ast"
	"go/types"
	"strconv"
)

// collectNames records, for every identifier of the method that is not a
// field or method name, the objects it denotes.
func (l *lowerer) collectNames() {
	l.objNames = map[string]map[types.Object]bool{}
	add := func(name string, obj types.Object) {
		if l.objNames[name] == nil {
			l.objNames[name] = map[types.Object]bool{}
		}
		l.objNames[name][obj] = true
	}
	ast.Inspect(l.in.Decl, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if sel := l.info.Selections[n]; sel != nil {
				ast.Inspect(n.X, func(c ast.Node) bool {
					if id, ok := c.(*ast.Ident); ok {
						add(id.Name, l.objectOf(id))
					}
					return true
				})
				return false // n.Sel names a field or a method
			}
		case *ast.Ident:
			add(n.Name, l.objectOf(n))
		}
		return true
	})
	l.claimed = map[string]bool{}
	for _, r := range l.in.Reserved {
		l.claimed[r] = true
	}
	for _, r := range types.Universe.Names() {
		l.claimed[r] = true
	}
	for _, r := range []string{"sfBlock", "sfLoop", "sfState", "sfIn", "sfOut"} {
		l.claimed[r] = true
	}
}

// objectOf returns the object an identifier defines or uses, or nil.
func (l *lowerer) objectOf(id *ast.Ident) types.Object {
	if obj := l.info.Defs[id]; obj != nil {
		return obj
	}
	return l.info.Uses[id]
}

// nameFor returns the name obj takes at function level: its own unless
// another object of the method, a reserved name or another function-level
// variable has it.
func (l *lowerer) nameFor(obj types.Object) string {
	if name, ok := l.names[obj]; ok {
		return name
	}
	base := obj.Name()
	if base == "_" || base == "" {
		base = "sfBlank"
	}
	free := func(name string) bool {
		if l.claimed[name] {
			return false
		}
		for o := range l.objNames[name] {
			if o != obj {
				return false
			}
		}
		return true
	}
	name := base
	for i := 2; !free(name); i++ {
		name = base + strconv.Itoa(i)
	}
	l.claimed[name] = true
	l.names[obj] = name
	return name
}

// typeExpr writes t for the generated file, or reports why it cannot.
func (l *lowerer) typeExpr(t types.Type) (string, string) {
	if why := unnameable(t, l.in.Pkg, map[types.Type]bool{}); why != "" {
		return "", why
	}
	return types.TypeString(t, l.in.Qualify), ""
}

// unnameable explains why a type cannot be written in another file of the
// package: it names an unexported type of another package, or a type
// declared inside a function.
func unnameable(t types.Type, self *types.Package, seen map[types.Type]bool) string {
	if seen[t] {
		return ""
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.Alias:
		return unnameable(types.Unalias(t), self, seen)
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() != nil && obj.Pkg() != self && !obj.Exported() {
			return "it is unexported in package " + obj.Pkg().Name()
		}
		if obj.Pkg() != nil && obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope() {
			return "it is declared inside a function"
		}
		if args := t.TypeArgs(); args != nil {
			for i := range args.Len() {
				if why := unnameable(args.At(i), self, seen); why != "" {
					return why
				}
			}
		}
	case *types.Pointer:
		return unnameable(t.Elem(), self, seen)
	case *types.Slice:
		return unnameable(t.Elem(), self, seen)
	case *types.Array:
		return unnameable(t.Elem(), self, seen)
	case *types.Map:
		if why := unnameable(t.Key(), self, seen); why != "" {
			return why
		}
		return unnameable(t.Elem(), self, seen)
	case *types.Chan:
		return unnameable(t.Elem(), self, seen)
	case *types.Struct:
		for i := range t.NumFields() {
			f := t.Field(i)
			if f.Pkg() != nil && f.Pkg() != self && !f.Exported() {
				return "it has unexported fields of package " + f.Pkg().Name()
			}
			if why := unnameable(f.Type(), self, seen); why != "" {
				return why
			}
		}
	case *types.Signature:
		for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
			for i := range tu.Len() {
				if why := unnameable(tu.At(i).Type(), self, seen); why != "" {
					return why
				}
			}
		}
	case *types.TypeParam:
		return "it is a type parameter"
	}
	return ""
}
