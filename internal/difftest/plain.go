package difftest

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// outcome is what one step gave a client: an encoded result (the key, for
// creates) or an error, normalised so that both sides compare.
type outcome struct {
	result []byte
	show   string // the result as JSON
	err    string // "" on success
}

func (o outcome) String() string {
	if o.err != "" {
		return o.err
	}
	return "ok " + o.show
}

// errModel reports what plain Go cannot model; it ends the scenario.
type errModel struct{ msg string }

func (e *errModel) Error() string { return "plain Go cannot model this step: " + e.msg }

// plainWorld runs a scenario on plain Go values.
type plainWorld struct {
	p     *Program
	prog  *ir.Program
	objs  map[stateflow.Address]reflect.Value // *E values
	codec valueCodec
	// made collects the entity values constructors returned during a step.
	made []madeValue
}

type madeValue struct {
	entity string
	v      reflect.Value
}

func newPlainWorld(p *Program, prog *ir.Program) *plainWorld {
	w := &plainWorld{p: p, prog: prog, objs: map[stateflow.Address]reflect.Value{}}
	w.codec = valueCodec{prog: prog, resolve: w.resolve}
	return w
}

// resolve returns the registry's value at an address.
func (w *plainWorld) resolve(entity, key string) (reflect.Value, error) {
	v, ok := w.objs[stateflow.Address{Entity: entity, Key: key}]
	if !ok {
		return reflect.Value{}, &errModel{fmt.Sprintf("a reference to %s/%s, which does not exist", entity, key)}
	}
	return v, nil
}

// run runs one step. A non-nil error is a scenario error.
func (w *plainWorld) run(st *Step) (outcome, error) {
	w.made = w.made[:0]
	if w.p.OnCreate != nil {
		w.p.OnCreate(func(entity string, v any) { w.made = append(w.made, madeValue{entity, reflect.ValueOf(v)}) })
		defer w.p.OnCreate(nil)
	}
	var out outcome
	var err error
	switch st.Kind {
	case StepCreate:
		out, err = w.create(st)
	case StepNew:
		out, err = w.construct(st)
	case StepCall:
		out, err = w.call(st)
	}
	if err != nil {
		return out, err
	}
	// Entities created by operations (remote creates) join the registry;
	// the value a constructor step returned was handled by construct.
	for _, m := range w.made {
		e := w.prog.Entity(m.entity)
		if m.v.IsNil() || e == nil {
			continue
		}
		addr := stateflow.Address{Entity: m.entity, Key: e.Key(m.v.Interface())}
		if old, ok := w.objs[addr]; ok && old.Pointer() != m.v.Pointer() {
			return out, &errModel{"a remote create of " + addr.String() + ", which exists"}
		}
		w.objs[addr] = m.v
	}
	return out, nil
}

func (w *plainWorld) entity(name string) (*ir.Entity, reflect.Type, error) {
	e := w.prog.Entity(name)
	t := w.p.Entities[name]
	if e == nil || t == nil {
		return nil, nil, fmt.Errorf("no entity %s", name)
	}
	return e, t, nil
}

// create stores an entity given by its state.
func (w *plainWorld) create(st *Step) (outcome, error) {
	e, t, err := w.entity(st.Entity)
	if err != nil {
		return outcome{}, err
	}
	data, err := stateArg(e, st.Body)
	if err != nil {
		return outcome{}, err
	}
	v := reflect.New(t)
	d := wire.NewDecoder(data)
	if err := w.codec.decode(&d, e.State, v.Elem()); err != nil {
		return outcome{}, fmt.Errorf("state of %s: %w", st.Entity, err)
	}
	return w.store(e, v), nil
}

// store adds a new entity value to the registry, unless its key exists.
func (w *plainWorld) store(e *ir.Entity, v reflect.Value) outcome {
	key := e.Key(v.Interface())
	addr := stateflow.Address{Entity: e.Name, Key: key}
	if _, ok := w.objs[addr]; ok {
		return outcome{err: "exists"}
	}
	w.objs[addr] = v
	return keyOutcome(key)
}

func keyOutcome(key string) outcome {
	return outcome{result: []byte(key), show: fmt.Sprintf("%q", key)}
}

// construct runs a constructor.
func (w *plainWorld) construct(st *Step) (outcome, error) {
	e, _, err := w.entity(st.Entity)
	if err != nil {
		return outcome{}, err
	}
	c := e.Constructor
	fn := reflect.ValueOf(w.p.Constructors[st.Entity])
	if c == nil || !fn.IsValid() {
		return outcome{}, fmt.Errorf("entity %s has no constructor", st.Entity)
	}
	data, err := ctorArgs(c, st.Args)
	if err != nil {
		return outcome{}, err
	}
	args, err := w.decodeArgs(c, fn.Type(), data)
	if err != nil {
		return outcome{}, err
	}
	res, failed := w.invoke(fn, args, c.Variadic)
	if failed != "" {
		return outcome{err: failed}, nil
	}
	if c.Error && !res[1].IsNil() {
		return outcome{err: "error: " + res[1].Interface().(error).Error()}, nil
	}
	v := res[0]
	if v.IsNil() {
		return outcome{err: fmt.Sprintf("error: %s returned a nil *%s", c.Name, e.Name)}, nil
	}
	w.made = slices.DeleteFunc(w.made, func(m madeValue) bool { return m.v.Pointer() == v.Pointer() })
	return w.store(e, v), nil
}

// call runs an operation.
func (w *plainWorld) call(st *Step) (outcome, error) {
	e, _, err := w.entity(st.Entity)
	if err != nil {
		return outcome{}, err
	}
	m := e.Method(st.Method)
	if m == nil {
		return outcome{}, fmt.Errorf("entity %s has no operation %s", st.Entity, st.Method)
	}
	data, err := callArgs(m, st.Body)
	if err != nil {
		return outcome{}, err
	}
	obj, ok := w.objs[st.Addr()]
	if !ok {
		return outcome{err: "not found"}, nil
	}
	fn := obj.MethodByName(st.Method)
	if !fn.IsValid() {
		return outcome{err: "not found"}, nil
	}
	args, err := w.decodeArgs(m, fn.Type(), data)
	if err != nil {
		return outcome{}, err
	}
	res, failed := w.invoke(fn, args, m.Variadic)
	if failed != "" {
		return outcome{err: failed}, nil
	}
	if m.Error {
		if errV := res[len(res)-1]; !errV.IsNil() {
			return outcome{err: "error: " + errV.Interface().(error).Error()}, nil
		}
	}
	var b []byte
	for i, r := range m.Results {
		if b, err = w.codec.encode(b, r.Type, res[i]); err != nil {
			return outcome{}, fmt.Errorf("result %d: %w", i, err)
		}
	}
	return outcome{result: b, show: showJSON(resultsType(m), b)}, nil
}

// decodeArgs decodes encoded arguments into values of fn's parameter types.
func (w *plainWorld) decodeArgs(m *ir.Method, fn reflect.Type, data []byte) ([]reflect.Value, error) {
	if fn.NumIn() != len(m.Params) {
		return nil, fmt.Errorf("%s takes %d parameters in Go, %d in the IR", m.Name, fn.NumIn(), len(m.Params))
	}
	d := wire.NewDecoder(data)
	args := make([]reflect.Value, len(m.Params))
	for i, p := range m.Params {
		args[i] = reflect.New(fn.In(i)).Elem()
		if err := w.codec.decode(&d, p.Type, args[i]); err != nil {
			return nil, fmt.Errorf("%s: parameter %s: %w", m.Name, paramName(m, i), err)
		}
	}
	if err := d.Finish(); err != nil {
		return nil, fmt.Errorf("%s: arguments: %w", m.Name, err)
	}
	return args, nil
}

// invoke calls fn and turns a panic into its message, as the engine does.
func (w *plainWorld) invoke(fn reflect.Value, args []reflect.Value, variadic bool) (res []reflect.Value, failed string) {
	defer func() {
		if r := recover(); r != nil {
			failed = "panic: " + panicMessage(r)
		}
	}()
	if variadic {
		return fn.CallSlice(args), ""
	}
	return fn.Call(args), ""
}

// panicMessage is the message the engine gives a panic value.
func panicMessage(r any) string {
	if err, ok := r.(error); ok {
		return err.Error()
	}
	return fmt.Sprint(r)
}

// state returns the encoded state of the entity at addr, and whether it
// exists.
func (w *plainWorld) state(addr stateflow.Address) ([]byte, bool) {
	v, ok := w.objs[addr]
	if !ok {
		return nil, false
	}
	return w.prog.Entity(addr.Entity).EncodeState(nil, v.Interface()), true
}

// checkCodec encodes every entity with the harness's reflect encoder and
// with the program's EncodeState hook: they must agree, or results encoded
// by the former would not be comparable.
func (w *plainWorld) checkCodec() error {
	for addr, v := range w.objs {
		e := w.prog.Entity(addr.Entity)
		mine, err := w.codec.encode(nil, e.State, v.Elem())
		if err != nil {
			return fmt.Errorf("encoding %s: %w", addr, err)
		}
		if theirs := e.EncodeState(nil, v.Interface()); !bytes.Equal(mine, theirs) {
			return fmt.Errorf("the harness encodes %s as %x, the program as %x", addr, mine, theirs)
		}
	}
	return nil
}
