package ir

import (
	"fmt"
	"strconv"
)

// Pos is a source position. File is the base name of the file.
type Pos struct {
	File string
	Line int
	Col  int
}

// String renders file:line:col, or "-" for an unknown position.
func (p Pos) String() string {
	if p.File == "" {
		return "-"
	}
	return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
}

// Program is a compiled StateFlow program: the entities of one Go package.
type Program struct {
	// Name is the Go package name and PkgPath its import path.
	Name    string
	PkgPath string
	// Entities are sorted by name.
	Entities []*Entity
	// Types are the named struct types that states, parameters or results
	// use, sorted by name; a Type of kind Struct with a Name refers to one.
	Types []*Type

	entities map[string]*Entity
}

// Entity is a stateful entity: a struct type with a key, state and operations.
type Entity struct {
	Name string
	Doc  string
	Pos  Pos
	// State is the entity's struct type; its fields are the state (minus
	// transient fields).
	State *Type
	// KeyField is the string field that Key returns.
	KeyField string
	// Constructor is the NewE function, or nil when the entity has none (it is
	// then created from its state).
	Constructor *Method
	// Methods are the operations: exported methods with a pointer receiver,
	// sorted by name.
	Methods []*Method

	// Hooks bound by the generated code. They run the user's code; states are
	// *E values held as any.

	// EncodeState appends the encoded state of an *E.
	EncodeState func(dst []byte, state any) []byte
	// DecodeState decodes a state into a new *E.
	DecodeState func(src []byte) (any, error)
	// Key returns the key of an *E.
	Key func(state any) string
	// ReadField appends the encoded value of the named state field of an *E,
	// answering a state request; ok is false for an unknown field.
	ReadField func(dst []byte, state any, field string) (out []byte, ok bool)

	methods map[string]*Method
}

// MethodKind tells constructors from operations.
type MethodKind uint8

// The kinds of methods.
const (
	Operation MethodKind = iota
	Constructor
)

// Method is an operation or a constructor.
type Method struct {
	Name string
	Kind MethodKind
	Doc  string
	Pos  Pos
	// Index is the method's position in Entity.Methods (0 for constructors).
	Index   int
	Params  []*Param
	Results []*Param // the results other than a final error
	// Error reports that the last Go result is an error.
	Error bool
	// Variadic reports that the last parameter is variadic (...T); its IR
	// type is the slice []T.
	Variadic bool
	// Readonly methods (//stateflow:readonly) do not change the state and do
	// not take the entity exclusively.
	Readonly bool
	// Calls are the remote calls, state requests and remote creates in the
	// body, in source order.
	Calls []*Call

	// Split reports a method whose control flow reaches a suspension point
	// (a remote call, state request, remote create or a call of another split
	// method of its own entity). It runs step by step through Resume, and its
	// Invoke is nil.
	Split bool
	// Internal reports an unexported split method: it is part of the
	// program only so that its entity's split methods can call it, and is
	// not an operation clients may call.
	Internal bool
	// Machine describes a split method's state machine: its blocks and
	// resume points with their live variables.
	Machine *Machine
	// Resume runs one step of a split method.
	Resume ResumeFunc

	// Invoke runs an operation on state (an *E) with encoded arguments and
	// appends the encoded results to dst. Argument decoding failures are
	// *stateflow.ArgError; other errors are the operation's own.
	Invoke func(state any, args []byte, dst []byte) ([]byte, error)
	// Create runs a constructor with encoded arguments and returns the new *E.
	// Argument decoding failures are *stateflow.ArgError.
	Create func(args []byte) (any, error)
}

// Param is a parameter or result.
type Param struct {
	Name string // may be empty for results
	Type *Type
}

// CallKind tells the kinds of remote interaction apart.
type CallKind uint8

// The kinds of remote interaction.
const (
	// CallMethod is a call of an operation of another entity.
	CallMethod CallKind = iota
	// ReadField is a read of a field of another entity (a state request).
	ReadField
	// CreateEntity is a call of another entity's constructor.
	CreateEntity
)

// String returns "call", "read" or "create".
func (k CallKind) String() string {
	switch k {
	case CallMethod:
		return "call"
	case ReadField:
		return "read"
	case CreateEntity:
		return "create"
	}
	return "callkind(" + strconv.Itoa(int(k)) + ")"
}

// Call is a remote interaction found in a method body.
type Call struct {
	Kind   CallKind
	Entity string // the entity called, read or created
	Member string // the method or field name, or the constructor's name
	Pos    Pos
}

// Link indexes the program and checks that it is complete: every entity has
// its hooks bound, every reference names an entity of the program. Generated
// code calls it once when it builds the program.
func (p *Program) Link() error {
	p.entities = make(map[string]*Entity, len(p.Entities))
	for _, e := range p.Entities {
		if _, dup := p.entities[e.Name]; dup {
			return fmt.Errorf("ir: entity %s defined twice", e.Name)
		}
		p.entities[e.Name] = e
	}
	for _, e := range p.Entities {
		if e.EncodeState == nil || e.DecodeState == nil || e.Key == nil {
			return fmt.Errorf("ir: entity %s has no state hooks", e.Name)
		}
		if e.Constructor != nil && e.Constructor.Create == nil {
			return fmt.Errorf("ir: constructor %s has no hook", e.Constructor.Name)
		}
		e.methods = make(map[string]*Method, len(e.Methods))
		for i, m := range e.Methods {
			m.Index = i
			if (m.Split && m.Resume == nil) || (!m.Split && m.Invoke == nil) {
				return fmt.Errorf("ir: operation %s.%s has no hook", e.Name, m.Name)
			}
			e.methods[m.Name] = m
		}
		var err error
		walkEntityTypes(e, func(t *Type) {
			if t.Kind == Ref && err == nil && p.entities[t.Entity] == nil {
				err = fmt.Errorf("ir: entity %s refers to unknown entity %s", e.Name, t.Entity)
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// MustLink is Link for generated code: it panics on an inconsistent program,
// which only a hand-edited stateflow_gen.go can produce.
func (p *Program) MustLink() *Program {
	if err := p.Link(); err != nil {
		panic(err)
	}
	return p
}

// HasSplit reports whether the program has a split method, so that a
// runtime needs per-entity holds.
func (p *Program) HasSplit() bool {
	for _, e := range p.Entities {
		for _, m := range e.Methods {
			if m.Split {
				return true
			}
		}
	}
	return false
}

// Entity returns the entity named name, or nil.
func (p *Program) Entity(name string) *Entity {
	if p.entities != nil {
		return p.entities[name]
	}
	for _, e := range p.Entities {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// Method returns the operation named name, or nil.
func (e *Entity) Method(name string) *Method {
	if e.methods != nil {
		return e.methods[name]
	}
	for _, m := range e.Methods {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// walkEntityTypes calls fn for every type reachable from e's state and
// signatures, visiting each named struct once.
func walkEntityTypes(e *Entity, fn func(*Type)) {
	seen := map[*Type]bool{}
	var walk func(t *Type)
	walk = func(t *Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		fn(t)
		walk(t.Elem)
		walk(t.Key)
		for _, f := range t.Fields {
			walk(f.Type)
		}
	}
	walk(e.State)
	ms := e.Methods
	if e.Constructor != nil {
		ms = append([]*Method{e.Constructor}, ms...)
	}
	for _, m := range ms {
		for _, p := range m.Params {
			walk(p.Type)
		}
		for _, r := range m.Results {
			walk(r.Type)
		}
	}
}
