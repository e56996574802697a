package emit_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/gen/internal/analyze"
	"github.com/stateflow-go/stateflow/gen/internal/emit"
	"github.com/stateflow-go/stateflow/ir"
)

// TestDeterministic generates each case several times: the bytes must not
// depend on map iteration order.
func TestDeterministic(t *testing.T) {
	for _, name := range caseNames(t) {
		first, err := emit.File(packages[name]())
		if err != nil {
			t.Fatal(err)
		}
		for range 10 {
			again, err := emit.File(packages[name]())
			if err != nil || !bytes.Equal(again, first) {
				t.Fatalf("%s: a second generation differs (%v)", name, err)
			}
		}
		if !bytes.HasPrefix(first, []byte(emit.Header+"\n\npackage "+name+"\n")) {
			t.Errorf("%s: the file does not start with the header and package clause", name)
		}
	}
}

// oneEntity returns a package with an entity E keyed by ID whose state has
// the given extra fields and whose operations are ops.
func oneEntity(fields []*ir.Field, ops ...*ir.Method) *analyze.Package {
	state := &ir.Type{Kind: ir.Struct, Name: "E", PkgPath: "example.com/p", GoExpr: "E"}
	state.Fields = append([]*ir.Field{{Name: "ID", JSONName: "ID", Type: basic(ir.String)}}, fields...)
	e := &ir.Entity{Name: "E", State: state, KeyField: "ID", Methods: ops}
	return &analyze.Package{
		Name: "p", PkgPath: "example.com/p",
		Program: &ir.Program{Name: "p", PkgPath: "example.com/p", Entities: []*ir.Entity{e}},
	}
}

func field(name string, t *ir.Type) *ir.Field { return &ir.Field{Name: name, JSONName: name, Type: t} }

// TestMinimumSizes checks the element sizes given to Decoder.Len: the least
// encoded size, 0 for elements that may encode to nothing.
func TestMinimumSizes(t *testing.T) {
	empty := anon()
	i32 := basic(ir.Int32)
	cases := []struct {
		typ  *ir.Type
		want string
	}{
		{sliceOf(empty), "Len(0)"},
		{sliceOf(arrayOf(0, basic(ir.Int))), "Len(0)"},
		{sliceOf(arrayOf(3, empty)), "Len(0)"},
		{sliceOf(anon(field("A", arrayOf(0, i32)), field("B", empty))), "Len(0)"},
		{sliceOf(arrayOf(2, i32)), "Len(2)"},
		{sliceOf(basic(ir.Float32)), "Len(4)"},
		{sliceOf(arrayOf(3, basic(ir.Float64))), "Len(24)"},
		{sliceOf(anon(field("S", basic(ir.String)), field("T", basic(ir.Time)), field("P", ptrTo(i32)))), "Len(3)"},
		{sliceOf(anon(field("X", basic(ir.Int)), &ir.Field{Name: "c", JSONName: "c", Type: placeholder("chan int"), Transient: true})), "Len(1)"},
		{mapOf(basic(ir.String), empty), "Len(1)"},
		{mapOf(empty, empty), "Len(0)"},
		{sliceOf(arrayOf(1<<40, basic(ir.Float64))), "Len(1073741824)"},
	}
	for _, c := range cases {
		src, err := emit.File(oneEntity([]*ir.Field{field("F", c.typ)}))
		if err != nil {
			t.Fatalf("%s: %v", c.typ.GoExpr, err)
		}
		if !strings.Contains(string(src), "sfD."+c.want+"\n") {
			t.Errorf("%s: no %s in\n%s", c.typ.GoExpr, c.want, src)
		}
	}
	// A map whose entries take no bytes is made without a size hint: the
	// length is not bounded by the input's size.
	src, err := emit.File(oneEntity([]*ir.Field{field("F", mapOf(empty, empty))}))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "make(map[struct{}]struct{})\n") {
		t.Errorf("map of empty structs made with a size hint:\n%s", src)
	}
}

// TestErrors checks that inconsistent analyses are reported, naming the
// problem, instead of producing code that does not compile.
func TestErrors(t *testing.T) {
	op := func(name string, params ...*ir.Param) *ir.Method { return &ir.Method{Name: name, Params: params} }
	cases := []struct {
		name string
		pkg  func() *analyze.Package
		want string
	}{
		{"no program", func() *analyze.Package { return &analyze.Package{Name: "p"} }, "no program"},
		{"unknown entity", func() *analyze.Package {
			return oneEntity([]*ir.Field{field("R", refTo("Nope"))})
		}, `reference to unknown entity "Nope"`},
		{"no Go expression", func() *analyze.Package {
			return oneEntity([]*ir.Field{field("X", &ir.Type{Kind: ir.Int})})
		}, "field X of E: type int has no Go expression"},
		{"unserializable", func() *analyze.Package {
			return oneEntity([]*ir.Field{field("X", placeholder("chan int"))})
		}, "chan int (kind invalid) cannot be encoded"},
		{"transient unserializable is fine", func() *analyze.Package {
			p := oneEntity([]*ir.Field{field("X", placeholder("chan int"))})
			p.Program.Entities[0].State.Fields[1].Transient = true
			return p
		}, ""},
		{"no key field", func() *analyze.Package {
			p := oneEntity(nil)
			p.Program.Entities[0].KeyField = "Name"
			return p
		}, "key field Name is not a field of its state"},
		{"key not a string", func() *analyze.Package {
			p := oneEntity([]*ir.Field{field("N", basic(ir.Int))})
			p.Program.Entities[0].KeyField = "N"
			return p
		}, "key field N is not a string"},
		{"state not a struct", func() *analyze.Package {
			p := oneEntity(nil)
			p.Program.Entities[0].State = &ir.Type{Kind: ir.Int, Name: "E", GoExpr: "E"}
			return p
		}, "state is not a struct"},
		{"async clash", func() *analyze.Package {
			return oneEntity(nil, op("Get"), op("GetAsync"))
		}, "E.Get and E.GetAsync"},
		{"duplicate operation", func() *analyze.Package {
			return oneEntity(nil, op("Get"), op("Get"))
		}, "operation E.Get defined twice"},
		{"variadic without slice", func() *analyze.Package {
			m := op("Sum", param("x", basic(ir.Int)))
			m.Variadic = true
			return oneEntity(nil, m)
		}, "E.Sum is variadic"},
		{"generated name taken", func() *analyze.Package {
			p := oneEntity(nil)
			p.Program.Types = []*ir.Type{{Kind: ir.Struct, Name: "ERef", PkgPath: "example.com/p", GoExpr: "ERef"}}
			return p
		}, "type ERef has the name of the generated ERef of entity E"},
		{"foreign unexported field", func() *analyze.Package {
			amount := foreignNamed("example.com/money", "money", "Amount", ir.Struct)
			amount.Fields = []*ir.Field{field("units", basic(ir.Int))}
			p := oneEntity([]*ir.Field{field("A", amount)})
			p.Imports = map[string]string{"example.com/money": "money"}
			return p
		}, "field units of money.Amount is unexported"},
		{"import name clash", func() *analyze.Package {
			p := oneEntity(nil)
			p.Imports = map[string]string{"example.com/a/x": "x", "example.com/b/x": "x"}
			return p
		}, `both have the name x`},
		{"nil parameter type", func() *analyze.Package {
			return oneEntity(nil, op("Set", &ir.Param{Name: "v"}))
		}, "parameter v of E.Set has no type"},
		{"bad operation name", func() *analyze.Package {
			return oneEntity(nil, op("get"))
		}, `invalid name "get"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := emit.File(c.pkg())
			switch {
			case c.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}
