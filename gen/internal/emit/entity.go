package emit

import (
	"fmt"

	"github.com/stateflow-go/stateflow/ir"
)

// entity holds the generated names of one entity.
type entity struct {
	e *ir.Entity
	// keyField is the state field that holds the key; direct reports that it
	// is a field of the struct itself rather than a promoted one.
	keyField *ir.Field
	direct   bool

	// Hooks.
	encodeState, decodeState, keyHook, create, readField string
	invoke                                               []string // per operation: Invoke, or Resume when split

	// Public client API.
	ref, newRef, createFn string
	results               []string // per operation: its EMResult, or ""
	// clientOps lists the operations that get client methods; an operation
	// named Key has none (the Key accessor answers it without a call).
	clientOps []*ir.Method
	// hasAddress and hasState report the accessors Address and State, left
	// out when an operation has that name.
	hasAddress, hasState bool
}

// newEntity names e's hooks and client API.
func (g *generator) newEntity(e *ir.Entity) (*entity, error) {
	if e.Name == "" {
		return nil, fmt.Errorf("emit: entity without a name")
	}
	if g.entByName[e.Name] != nil {
		return nil, fmt.Errorf("emit: entity %s defined twice", e.Name)
	}
	ent := &entity{
		e:           e,
		encodeState: g.names.claim("sf" + e.Name + "EncodeState"),
		decodeState: g.names.claim("sf" + e.Name + "DecodeState"),
		keyHook:     g.names.claim("sf" + e.Name + "Key"),
		readField:   g.names.claim("sf" + e.Name + "ReadField"),
		ref:         e.Name + "Ref",
		newRef:      "New" + e.Name + "Ref",
		createFn:    "Create" + e.Name,
		hasAddress:  true,
		hasState:    true,
	}
	if e.Constructor != nil {
		if e.Constructor.Name == "" {
			return nil, fmt.Errorf("emit: constructor of entity %s has no name", e.Name)
		}
		ent.create = g.names.claim("sf" + e.Name + "Create")
	}
	seen := map[string]bool{}
	for _, m := range e.Methods {
		if m.Name == "" || (!isExported(m.Name) && !m.Internal) {
			return nil, fmt.Errorf("emit: entity %s has an operation with the invalid name %q", e.Name, m.Name)
		}
		if m.Internal && !m.Split {
			return nil, fmt.Errorf("emit: internal method %s.%s is not split", e.Name, m.Name)
		}
		if seen[m.Name] {
			return nil, fmt.Errorf("emit: operation %s.%s defined twice", e.Name, m.Name)
		}
		seen[m.Name] = true
		if m.Split {
			if g.splits[e.Name+"."+m.Name] == nil {
				return nil, fmt.Errorf("emit: split method %s.%s has no lowered form", e.Name, m.Name)
			}
			ent.invoke = append(ent.invoke, g.names.claim("sf"+e.Name+"Resume"+upperFirst(m.Name)))
		} else {
			ent.invoke = append(ent.invoke, g.names.claim("sf"+e.Name+"Invoke"+m.Name))
		}
		res := ""
		if len(m.Results) > 1 && !m.Internal {
			res = e.Name + m.Name + "Result"
		}
		ent.results = append(ent.results, res)
		if m.Internal {
			continue
		}
		switch m.Name {
		case "Key":
			continue
		case "Address":
			ent.hasAddress = false
		case "State":
			ent.hasState = false
		}
		ent.clientOps = append(ent.clientOps, m)
	}
	for _, m := range ent.clientOps {
		if seen[m.Name+"Async"] {
			return nil, fmt.Errorf("emit: operations %s.%s and %s.%sAsync: the client method %sAsync of the first would clash with the second; rename one", e.Name, m.Name, e.Name, m.Name, m.Name)
		}
	}
	return ent, nil
}

// checkEntities checks what the hooks need of each entity once the types are
// registered: a struct state with a string key field.
func (g *generator) checkEntities() error {
	for _, ent := range g.ents {
		e := ent.e
		if e.State == nil || e.State.Kind != ir.Struct {
			return fmt.Errorf("emit: entity %s: state is not a struct", e.Name)
		}
		if e.State.Name != e.Name || e.State.GoExpr != e.Name {
			return fmt.Errorf("emit: entity %s: state type is %s, want the named type %s", e.Name, e.State.GoExpr, e.Name)
		}
		if e.KeyField == "" {
			return fmt.Errorf("emit: entity %s has no key field", e.Name)
		}
		ent.keyField, ent.direct = findField(e.State, e.KeyField)
		if ent.keyField == nil {
			return fmt.Errorf("emit: entity %s: key field %s is not a field of its state", e.Name, e.KeyField)
		}
		if ent.keyField.Type == nil || ent.keyField.Type.Kind != ir.String {
			return fmt.Errorf("emit: entity %s: key field %s is not a string", e.Name, e.KeyField)
		}
		if ent.keyField.Transient {
			return fmt.Errorf("emit: entity %s: key field %s is transient", e.Name, e.KeyField)
		}
		for i, m := range methods(e) {
			if m.Variadic && (len(m.Params) == 0 || m.Params[len(m.Params)-1].Type.Kind != ir.Slice) {
				return fmt.Errorf("emit: %s.%s is variadic but its last parameter is not a slice", e.Name, m.Name)
			}
			if i == 0 && e.Constructor != nil && len(m.Results) != 0 {
				return fmt.Errorf("emit: constructor %s of entity %s has results besides the *%s", m.Name, e.Name, e.Name)
			}
		}
		for _, f := range e.State.Fields {
			if f.Type != nil && f.Type.Kind != ir.Invalid && f.Type.GoExpr == "" {
				return fmt.Errorf("emit: field %s.%s has no Go expression", e.Name, f.Name)
			}
		}
	}
	for _, ti := range g.types.list {
		t := ti.t
		if ti.named && t.Kind == ir.Struct && ti.encoded && g.foreign(t) {
			for _, f := range t.StateFields() {
				if !isExported(f.Name) {
					return fmt.Errorf("emit: field %s of %s is unexported: a type from another package can only be encoded when its state fields are exported", f.Name, t.GoExpr)
				}
			}
		}
	}
	return nil
}

// findField looks name up in a struct's fields and then in those of its
// embedded structs; direct reports a field of t itself.
func findField(t *ir.Type, name string) (f *ir.Field, direct bool) {
	for _, f := range t.Fields {
		if f.Name == name {
			return f, true
		}
	}
	for _, f := range t.Fields {
		if !f.Embedded || f.Type == nil {
			continue
		}
		inner := f.Type
		if inner.Kind == ir.Pointer {
			inner = inner.Elem
		}
		if inner != nil && inner.Kind == ir.Struct {
			if found, _ := findField(inner, name); found != nil {
				return found, false
			}
		}
	}
	return nil, false
}

// foreign reports a named type declared in another package.
func (g *generator) foreign(t *ir.Type) bool {
	return t.Name != "" && t.PkgPath != "" && t.PkgPath != g.prog.PkgPath
}

// checkUserNames checks that the public names the file declares are free:
// the front end rejects user declarations of those forms, and this check
// keeps a hand-built program from producing code that does not compile.
func (g *generator) checkUserNames() error {
	user := map[string]string{}
	for _, e := range g.prog.Entities {
		user[e.Name] = "entity " + e.Name
		if e.Constructor != nil {
			user[e.Constructor.Name] = "constructor " + e.Constructor.Name
		}
	}
	for _, t := range g.prog.Types {
		if t.Name != "" && !g.foreign(t) {
			user[t.Name] = "type " + t.Name
		}
	}
	public := map[string]string{"StateflowProgram": "the program accessor"}
	for _, e := range g.prog.Entities {
		names := []string{e.Name + "Ref", "New" + e.Name + "Ref", "Create" + e.Name}
		for _, m := range e.Methods {
			if len(m.Results) > 1 {
				names = append(names, e.Name+m.Name+"Result")
			}
		}
		for _, n := range names {
			if what, ok := user[n]; ok {
				return fmt.Errorf("emit: %s has the name of the generated %s of entity %s", what, n, e.Name)
			}
			if other, ok := public[n]; ok {
				return fmt.Errorf("emit: the generated %s of entity %s clashes with %s", n, e.Name, other)
			}
			public[n] = "the generated " + n + " of entity " + e.Name
		}
	}
	return nil
}
