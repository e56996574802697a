package difftest

import (
	"strings"
	"testing"
)

const instrumentInput = `package p

//stateflow:entity
type A struct{ ID string }

// B is not an entity.
type B struct{}

func NewA(id string) (*A, error) {
	if id == "" {
		return nil, nil
	}
	f := func() *A { return nil }
	_ = f
	return &A{ID: id}, nil
}

func NewAlso(id string) (*A, error) { return NewA(id) }

func (a *A) Key() string { return a.ID }

func (a *A) Op(n int) int {
	return n
}

func (a *A) helper() {}

func (_ *A) Blank() {}

func (b *B) NotEntity() {}
`

func TestInstrument(t *testing.T) {
	pkg, err := Instrument(map[string][]byte{"p.go": []byte(instrumentInput)})
	if err != nil {
		t.Fatal(err)
	}
	if pkg.Name != "p" || len(pkg.Entities) != 1 || pkg.Entities[0] != "A" || pkg.Constructors["A"] != "NewA" {
		t.Fatalf("package %+v", pkg)
	}
	got := string(pkg.Files["p.go"])
	in, out := strings.Split(instrumentInput, "\n"), strings.Split(got, "\n")
	if len(in) != len(out) {
		t.Fatalf("instrumenting moved lines:\n%s", got)
	}
	want := map[int]string{
		11: "\t\treturn difftestMadeA(nil), nil",
		13: "\tf := func() *A { return nil }",
		15: "\treturn difftestMadeA(&A{ID: id}), nil",
		18: "func NewAlso(id string) (*A, error) { return NewA(id) }",
		20: "func (a *A) Key() string { return a.ID }",
		22: `func (a *A) Op(n int) int { difftestEnterA("A.Op", a);`,
		26: `func (a *A) helper() { difftestEnterA("A.helper", a);}`,
		28: "func (_ *A) Blank() {}",
		30: "func (b *B) NotEntity() {}",
	}
	for line, w := range want {
		if out[line-1] != w {
			t.Errorf("line %d = %q, want %q", line, out[line-1], w)
		}
	}
	hooks := string(pkg.Files[HooksFile])
	for _, w := range []string{"package p\n", "func difftestKeyA(v *A) string", "func difftestEnterA(method string, v *A)", "func difftestMadeA(v *A) *A", "func trace(", "func DifftestTakeNotes()", "func DifftestOnCreate("} {
		if !strings.Contains(hooks, w) {
			t.Errorf("%s lacks %q", HooksFile, w)
		}
	}
	if strings.Contains(hooks, "difftestKeyB") {
		t.Errorf("%s has hooks for the non-entity B", HooksFile)
	}
}

func TestInstrumentErrors(t *testing.T) {
	for _, files := range []map[string][]byte{
		{"a.go": []byte("package a\n\ntype T struct{}\n")},
		{"a.go": []byte("package a\n"), "b.go": []byte("package b\n")},
		{"a.go": []byte("package a\nfunc {")},
	} {
		if _, err := Instrument(files); err == nil {
			t.Errorf("Instrument(%q) succeeded", files)
		}
	}
}
