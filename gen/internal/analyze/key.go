package analyze

import (
	"go/ast"
	"go/types"
	"strings"
)

// checkKey checks the entity's Key method: declared on the entity, with the
// signature Key() string, and a body that returns a string field of the
// receiver (the runtime rebuilds references from keys, so the key must be
// state it can set). It sets the entity's KeyField.
func (a *analyzer) checkKey(e *entity) {
	var key *types.Func
	for i := range e.named.NumMethods() {
		if m := e.named.Method(i); m.Name() == "Key" {
			key = m
		}
	}
	if key == nil {
		a.errorf(e.spec.Name.Pos(), "entity %s has no method Key() string", e.name)
		return
	}
	decl := a.decls[key]
	if decl == nil {
		return // declared in the generated file: nothing to check
	}
	sig := key.Signature()
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 ||
		!types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
		a.errorf(decl.Name.Pos(), "Key of %s must have the signature Key() string", e.name)
		return
	}
	field := a.keyField(e, decl, sig.Recv())
	if field == nil {
		a.errorf(decl.Name.Pos(), "Key must return a string field of %s (for example: return %s)", e.name, a.keyExample(e, decl))
		return
	}
	e.ir.KeyField = field.Name()
	for _, f := range e.ir.State.Fields {
		if f.Name == field.Name() && f.Transient {
			a.errorf(field.Pos(), "key field %s of %s cannot be transient", field.Name(), e.name)
		}
	}
}

// keyField returns the field of e that decl's body returns, when the body is
// exactly "return recv.Field" (or "return string(recv.Field)") and Field is
// a string-kind field declared in e.
func (a *analyzer) keyField(e *entity, decl *ast.FuncDecl, recv *types.Var) *types.Var {
	if decl.Body == nil || len(decl.Body.List) != 1 {
		return nil
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	x := ast.Unparen(ret.Results[0])
	if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 1 {
		// string(recv.Field), for a field of a named string type
		if tv := a.info.Types[call.Fun]; tv.IsType() && types.Identical(tv.Type, types.Typ[types.String]) {
			x = ast.Unparen(call.Args[0])
		}
	}
	se, ok := x.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(se.X).(*ast.Ident)
	if !ok || recv == nil || a.info.Uses[id] != recv {
		return nil
	}
	sel := a.info.Selections[se]
	if sel == nil || sel.Kind() != types.FieldVal || len(sel.Index()) != 1 {
		return nil
	}
	v := sel.Obj().(*types.Var)
	if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return nil
	}
	return v
}

// keyExample suggests a Key body: the receiver's name and the first string
// field of the entity (ID when it has none).
func (a *analyzer) keyExample(e *entity, decl *ast.FuncDecl) string {
	recv := strings.ToLower(e.name[:1])
	if l := decl.Recv.List; len(l) == 1 && len(l[0].Names) == 1 && l[0].Names[0].Name != "_" {
		recv = l[0].Names[0].Name
	}
	field := "ID"
	st := e.named.Underlying().(*types.Struct)
	for i := range st.NumFields() {
		if b, ok := st.Field(i).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			field = st.Field(i).Name()
			break
		}
	}
	return recv + "." + field
}
