package split

import (
	"go/ast"
	"reflect"
)

// cloner deep-copies a syntax tree, letting a hook replace nodes. The
// original nodes stay untouched (they are the keys of types.Info), and the
// hook sees the original of every node with the stack of its original
// ancestors.
type cloner struct {
	hook  func(n ast.Node, stack []ast.Node) (ast.Node, bool)
	stack []ast.Node
}

var (
	nodeType    = reflect.TypeFor[ast.Node]()
	commentType = reflect.TypeFor[*ast.CommentGroup]()
)

// clone returns a copy of n, with the nodes the hook replaces replaced.
func (c *cloner) clone(n ast.Node) ast.Node {
	v := reflect.ValueOf(n)
	if n == nil || (v.Kind() == reflect.Pointer && v.IsNil()) {
		return n
	}
	if c.hook != nil {
		if r, ok := c.hook(n, c.stack); ok {
			return r
		}
	}
	c.stack = append(c.stack, n)
	defer func() { c.stack = c.stack[:len(c.stack)-1] }()
	nv := reflect.New(v.Elem().Type())
	nv.Elem().Set(v.Elem())
	s := nv.Elem()
	for i := range s.NumField() {
		c.field(s.Field(i))
	}
	return nv.Interface().(ast.Node)
}

// field replaces the nodes held by one struct field with their copies.
// Comments are dropped: the printer would place them badly.
func (c *cloner) field(f reflect.Value) {
	if !f.CanSet() {
		return
	}
	switch f.Kind() {
	case reflect.Interface, reflect.Pointer:
		if f.IsNil() {
			return
		}
		if f.Type() == commentType {
			f.Set(reflect.Zero(f.Type()))
			return
		}
		n, ok := f.Interface().(ast.Node)
		if !ok {
			return
		}
		r := c.clone(n)
		if r == nil {
			f.Set(reflect.Zero(f.Type()))
			return
		}
		f.Set(fit(r, f.Type()))
	case reflect.Slice:
		if f.IsNil() || !f.Type().Elem().Implements(nodeType) {
			return
		}
		out := reflect.MakeSlice(f.Type(), f.Len(), f.Len())
		for i := range f.Len() {
			e := f.Index(i)
			if e.IsNil() {
				continue
			}
			out.Index(i).Set(fit(c.clone(e.Interface().(ast.Node)), f.Type().Elem()))
		}
		f.Set(out)
	}
}

// fit checks that a replacement node fits the field it replaces a node in:
// a mismatch is a bug of the splitter, reported by Lower.
func fit(r ast.Node, t reflect.Type) reflect.Value {
	rv := reflect.ValueOf(r)
	if r == nil || !rv.Type().AssignableTo(t) {
		panic(bug("replacement %T does not fit a field of type %s", r, t))
	}
	return rv
}
