package emit

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/gen/internal/split"
	"github.com/stateflow-go/stateflow/ir"
)

// tinfo is one distinct type of the program.
type tinfo struct {
	t   *ir.Type
	key string
	// name is the type's unique mangled name: the IR variable is sfType+name,
	// its codecs sfEnc+name and sfDec+name.
	name string
	// named reports a named type (Name set), shared by every use.
	named bool
	// encoded reports that a value of the type is encoded somewhere (it is
	// reachable from a state or a signature without crossing a transient
	// field): such a type must be serializable.
	encoded bool
	// frameOnly reports a type only variables of split methods have: it
	// has codecs but no IR variable.
	frameOnly bool
	min       int // least encoded size; -1 until computed
}

// typeSet is the set of distinct types of a program, in registration order.
type typeSet struct {
	list  []*tinfo
	byPtr map[*ir.Type]*tinfo
	byKey map[string]*tinfo
}

// info returns the registered type of t.
func (s *typeSet) info(t *ir.Type) *tinfo { return s.byPtr[t] }

// registerTypes collects the program's types: Program.Types, then each
// entity's state and signatures. Named types are identified by package path
// and name; unnamed ones by their structure.
func (g *generator) registerTypes() (*typeSet, error) {
	s := &typeSet{byPtr: map[*ir.Type]*tinfo{}, byKey: map[string]*tinfo{}}
	r := &registrar{g: g, s: s}
	for _, t := range g.prog.Types {
		r.add(t, false, "program type")
	}
	for _, e := range g.prog.Entities {
		r.add(e.State, true, "state of entity "+e.Name)
		for _, m := range methods(e) {
			where := e.Name + "." + m.Name
			for _, p := range m.Params {
				r.add(p.Type, true, "parameter "+p.Name+" of "+where)
			}
			for i, p := range m.Results {
				r.add(p.Type, true, "result "+strconv.Itoa(i)+" of "+where)
			}
		}
	}
	// The variables of split methods: only their codecs are written.
	r.frame = true
	for _, sm := range g.pkg.Split {
		where := "a variable of " + sm.Entity + "." + sm.Name
		vars := append(append([]*split.Var(nil), sm.Vars...), sm.Params...)
		for _, rp := range sm.Resumes {
			vars = append(append(vars, rp.Frame...), rp.Call.Results...)
		}
		for _, v := range vars {
			if v != nil && v.Type != nil {
				r.add(v.Type, true, where)
			}
		}
		for _, t := range sm.KeyTypes {
			r.add(t, true, where)
		}
	}
	for _, et := range g.pkg.ErrorTypes {
		r.add(et.Type, true, "error type "+et.Type.GoExpr)
	}
	if r.err != nil {
		return nil, r.err
	}
	for _, ti := range s.list {
		ti.name = g.names.claimGroup(r.mangle(ti.t), "sfType", "sfEnc", "sfDec", "sfEncClient", "sfDecClient")
	}
	return s, nil
}

// methods returns e's constructor, if any, followed by its operations.
func methods(e *ir.Entity) []*ir.Method {
	if e.Constructor == nil {
		return e.Methods
	}
	return append([]*ir.Method{e.Constructor}, e.Methods...)
}

type registrar struct {
	g     *generator
	s     *typeSet
	err   error
	frame bool // registering the variables of split methods
}

func (r *registrar) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("emit: "+format, args...)
	}
}

// add registers t and the types it contains. encoded marks the types whose
// values are encoded; where names the use of t for error messages.
func (r *registrar) add(t *ir.Type, encoded bool, where string) *tinfo {
	if t == nil {
		r.fail("%s has no type", where)
		return nil
	}
	if ti := r.s.byPtr[t]; ti != nil {
		if encoded && !ti.encoded {
			ti.encoded = true
			r.children(t, ti, true, where)
		}
		return ti
	}
	if t.GoExpr == "" {
		r.fail("%s: type %s has no Go expression", where, t)
		return nil
	}
	if t.Name != "" {
		key := "named " + t.PkgPath + "." + t.Name
		if ti := r.s.byKey[key]; ti != nil {
			r.s.byPtr[t] = ti
			return r.add(t, encoded, where)
		}
		ti := &tinfo{t: t, key: key, named: true, min: -1, frameOnly: r.frame}
		r.s.byKey[key] = ti
		r.s.byPtr[t] = ti
		r.s.list = append(r.s.list, ti)
		ti.encoded = encoded
		r.children(t, ti, encoded, where)
		return ti
	}
	key := r.structuralKey(t, encoded, where)
	if ti := r.s.byKey[key]; ti != nil {
		r.s.byPtr[t] = ti
		if encoded {
			ti.encoded = true
		}
		return ti
	}
	ti := &tinfo{t: t, key: key, encoded: encoded, min: -1, frameOnly: r.frame}
	r.s.byKey[key] = ti
	r.s.byPtr[t] = ti
	r.s.list = append(r.s.list, ti)
	return ti
}

// children registers the types inside t and checks that t is well formed.
func (r *registrar) children(t *ir.Type, ti *tinfo, encoded bool, where string) {
	if encoded && !serializable(t.Kind) {
		r.fail("%s: type %s (kind %s) cannot be encoded", where, t.GoExpr, t.Kind)
	}
	switch t.Kind {
	case ir.Slice, ir.Array, ir.Pointer:
		r.add(t.Elem, encoded, where)
	case ir.Map:
		r.add(t.Key, encoded, where)
		r.add(t.Elem, encoded, where)
	case ir.Struct:
		for _, f := range t.Fields {
			if f.Transient && f.Type == nil {
				continue
			}
			r.add(f.Type, encoded && !f.Transient, "field "+f.Name+" of "+t.GoExpr)
		}
	case ir.Ref:
		if r.g.entByName[t.Entity] == nil {
			r.fail("%s: reference to unknown entity %q", where, t.Entity)
		}
	}
	if t.Kind == ir.Array && t.Len < 0 {
		r.fail("%s: array %s has a negative length", where, t.GoExpr)
	}
}

// structuralKey registers the children of an unnamed type and returns its
// identity: its kind, Go expression and the identities of its parts.
func (r *registrar) structuralKey(t *ir.Type, encoded bool, where string) string {
	r.children(t, nil, encoded, where)
	var b strings.Builder
	fmt.Fprintf(&b, "%d %q %d %q", t.Kind, t.GoExpr, t.Len, t.Entity)
	for _, c := range []*ir.Type{t.Elem, t.Key} {
		if ti := r.s.byPtr[c]; ti != nil {
			b.WriteString(" (" + ti.key + ")")
		}
	}
	if t.Kind == ir.Struct {
		b.WriteString(" {")
		for _, f := range t.Fields {
			fmt.Fprintf(&b, "%q %q %t %t", f.Name, f.JSONName, f.Transient, f.Embedded)
			if ti := r.s.byPtr[f.Type]; ti != nil {
				b.WriteString(" (" + ti.key + ")")
			}
			b.WriteString("; ")
		}
		b.WriteString("}")
	}
	return b.String()
}

func serializable(k ir.Kind) bool { return k > ir.Invalid && k <= ir.Ref }

// isBasic reports a kind encoded inline, without a codec function.
func isBasic(k ir.Kind) bool { return k >= ir.Bool && k <= ir.Duration }

// byPointer reports a kind whose codecs take a pointer: structs and arrays,
// which may be large.
func byPointer(k ir.Kind) bool { return k == ir.Struct || k == ir.Array }

// mangle returns the readable base of a type's identifiers.
func (r *registrar) mangle(t *ir.Type) string {
	if t.Name != "" {
		if t.PkgPath == "" || t.PkgPath == r.g.prog.PkgPath {
			return upperFirst(t.Name)
		}
		return upperFirst(lastElem(t.PkgPath)) + upperFirst(t.Name)
	}
	sub := func(c *ir.Type) string {
		if ti := r.s.byPtr[c]; ti != nil && ti.name != "" {
			return ti.name
		}
		return r.mangle(c)
	}
	switch t.Kind {
	case ir.Slice:
		return "Slice" + sub(t.Elem)
	case ir.Array:
		return "Array" + strconv.Itoa(t.Len) + sub(t.Elem)
	case ir.Map:
		return "Map" + sub(t.Key) + sub(t.Elem)
	case ir.Pointer:
		return "Ptr" + sub(t.Elem)
	case ir.Ref:
		return "Ref" + upperFirst(t.Entity)
	case ir.Struct:
		var b strings.Builder
		b.WriteString("Struct")
		for _, f := range t.Fields {
			b.WriteString(upperFirst(f.Name))
			if f.Type != nil {
				b.WriteString(sub(f.Type))
			}
		}
		if b.Len() > 48 {
			h := fnv.New32a()
			h.Write([]byte(r.s.byPtr[t].key))
			return fmt.Sprintf("Struct%08x", h.Sum32())
		}
		return b.String()
	}
	if isBasic(t.Kind) && !strings.ContainsAny(t.GoExpr, ".[]*") {
		return upperFirst(t.GoExpr) // also byte and rune, the aliases
	}
	return upperFirst(t.Kind.String())
}

// lastElem returns the last element of an import path, without a major
// version suffix.
func lastElem(path string) string {
	parts := strings.Split(path, "/")
	last := parts[len(parts)-1]
	if len(parts) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = parts[len(parts)-2]
	}
	return strings.Map(func(r rune) rune {
		if isIdentRune(r, false) {
			return r
		}
		return -1
	}, last)
}

// minSize returns the least number of bytes a value of t encodes to.
func (s *typeSet) minSize(t *ir.Type) int {
	ti := s.info(t)
	if ti.min >= 0 {
		return ti.min
	}
	n := 0
	switch t.Kind {
	case ir.Float32:
		n = 4
	case ir.Float64:
		n = 8
	case ir.Array:
		if m := s.minSize(t.Elem); m > 0 && t.Len > (1<<30)/m {
			n = 1 << 30
		} else {
			n = t.Len * m
		}
	case ir.Struct:
		for _, f := range t.StateFields() {
			n = sat(n + s.minSize(f.Type))
		}
	default:
		n = 1 // every other kind starts with at least one byte
	}
	ti.min = n
	return n
}

// sat bounds a size so that sums and products stay far from overflow.
func sat(n int) int {
	if n < 0 || n > 1<<30 {
		return 1 << 30
	}
	return n
}
