package emit

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// kindConst names the ir constant of each kind.
var kindConst = map[ir.Kind]string{
	ir.Invalid: "Invalid", ir.Bool: "Bool", ir.Int: "Int", ir.Int8: "Int8", ir.Int16: "Int16",
	ir.Int32: "Int32", ir.Int64: "Int64", ir.Uint: "Uint", ir.Uint8: "Uint8", ir.Uint16: "Uint16",
	ir.Uint32: "Uint32", ir.Uint64: "Uint64", ir.Float32: "Float32", ir.Float64: "Float64",
	ir.String: "String", ir.Bytes: "Bytes", ir.Time: "Time", ir.Duration: "Duration",
	ir.Slice: "Slice", ir.Array: "Array", ir.Map: "Map", ir.Pointer: "Pointer",
	ir.Struct: "Struct", ir.Ref: "Ref",
}

var callKindConst = map[ir.CallKind]string{
	ir.CallMethod: "CallMethod", ir.ReadField: "ReadField", ir.CreateEntity: "CreateEntity",
}

// writeProgram writes StateflowProgram and the function that builds the
// program: one variable per distinct type, the fields of named types (set
// after all variables exist, so recursive types work), then the entities.
func (g *generator) writeProgram(w *bytes.Buffer) {
	irp := g.imp.ir
	writeDoc(w,
		"StateflowProgram returns the StateFlow program of package "+g.pkg.Name+": its",
		"entities, their state and operations, with the hooks that run this",
		"package's code. The program is built and linked once.")
	fmt.Fprintf(w, "func StateflowProgram() *%s.Program { return sfProgram }\n\n", irp)
	fmt.Fprintf(w, "var sfProgram = sfBuildProgram()\n\n")
	writeDoc(w, "sfBuildProgram builds the program's IR, binds the hooks and links it.")
	fmt.Fprintf(w, "func sfBuildProgram() *%s.Program {\n", irp)

	for _, ti := range g.types.list {
		if ti.named && !ti.frameOnly {
			fmt.Fprintf(w, "sfType%s := %s\n", ti.name, g.typeLit(ti.t, false))
		}
	}
	for _, ti := range g.types.list {
		if !ti.named && !ti.frameOnly {
			fmt.Fprintf(w, "sfType%s := %s\n", ti.name, g.typeLit(ti.t, true))
		}
	}
	for _, ti := range g.types.list {
		if !ti.named || ti.frameOnly {
			continue
		}
		t := ti.t
		if t.Elem != nil {
			fmt.Fprintf(w, "sfType%s.Elem = %s\n", ti.name, g.typeVar(t.Elem))
		}
		if t.Key != nil {
			fmt.Fprintf(w, "sfType%s.Key = %s\n", ti.name, g.typeVar(t.Key))
		}
		if len(t.Fields) > 0 {
			fmt.Fprintf(w, "sfType%s.Fields = %s\n", ti.name, g.fieldsLit(t.Fields))
		}
	}
	for _, ent := range g.ents {
		g.writeEntityLit(w, ent)
	}

	fmt.Fprintf(w, "sfProg := &%s.Program{\n", irp)
	fmt.Fprintf(w, "Name: %s,\n", quote(g.prog.Name))
	fmt.Fprintf(w, "PkgPath: %s,\n", quote(g.prog.PkgPath))
	fmt.Fprintf(w, "Entities: []*%s.Entity{", irp)
	for i, ent := range g.ents {
		if i > 0 {
			w.WriteString(", ")
		}
		w.WriteString("sfEntity" + ent.e.Name)
	}
	w.WriteString("},\n")
	if len(g.prog.Types) > 0 {
		fmt.Fprintf(w, "Types: []*%s.Type{", irp)
		for i, t := range g.prog.Types {
			if i > 0 {
				w.WriteString(", ")
			}
			w.WriteString(g.typeVar(t))
		}
		w.WriteString("},\n")
	}
	w.WriteString("}\n")
	w.WriteString("return sfProg.MustLink()\n}\n\n")
}

// typeVar returns the variable holding t in sfBuildProgram.
func (g *generator) typeVar(t *ir.Type) string { return "sfType" + g.types.info(t).name }

// typeLit returns an *ir.Type literal for t; with parts, its element, key and
// fields refer to their variables.
func (g *generator) typeLit(t *ir.Type, parts bool) string {
	irp := g.imp.ir
	var b strings.Builder
	fmt.Fprintf(&b, "&%s.Type{Kind: %s.%s", irp, irp, kindConst[t.Kind])
	if t.Name != "" {
		fmt.Fprintf(&b, ", Name: %s", quote(t.Name))
	}
	if t.PkgPath != "" {
		fmt.Fprintf(&b, ", PkgPath: %s", quote(t.PkgPath))
	}
	fmt.Fprintf(&b, ", GoExpr: %s", quote(t.GoExpr))
	if t.Len != 0 {
		fmt.Fprintf(&b, ", Len: %d", t.Len)
	}
	if t.Entity != "" {
		fmt.Fprintf(&b, ", Entity: %s", quote(t.Entity))
	}
	if parts {
		if t.Key != nil {
			fmt.Fprintf(&b, ", Key: %s", g.typeVar(t.Key))
		}
		if t.Elem != nil {
			fmt.Fprintf(&b, ", Elem: %s", g.typeVar(t.Elem))
		}
		if len(t.Fields) > 0 {
			fmt.Fprintf(&b, ", Fields: %s", g.fieldsLit(t.Fields))
		}
	}
	b.WriteString("}")
	return b.String()
}

func (g *generator) fieldsLit(fs []*ir.Field) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[]*%s.Field{\n", g.imp.ir)
	for _, f := range fs {
		fmt.Fprintf(&b, "{Name: %s, JSONName: %s", quote(f.Name), quote(f.JSONName))
		if f.Type != nil {
			fmt.Fprintf(&b, ", Type: %s", g.typeVar(f.Type))
		}
		if f.Transient {
			b.WriteString(", Transient: true")
		}
		if f.Embedded {
			b.WriteString(", Embedded: true")
		}
		if p := g.posLit(f.Pos); p != "" {
			b.WriteString(", Pos: " + p)
		}
		b.WriteString("},\n")
	}
	b.WriteString("}")
	return b.String()
}

func (g *generator) posLit(p ir.Pos) string {
	if p == (ir.Pos{}) {
		return ""
	}
	return fmt.Sprintf("%s.Pos{File: %s, Line: %d, Col: %d}", g.imp.ir, quote(p.File), p.Line, p.Col)
}

func (g *generator) writeEntityLit(w *bytes.Buffer, ent *entity) {
	e := ent.e
	fmt.Fprintf(w, "sfEntity%s := &%s.Entity{\n", e.Name, g.imp.ir)
	fmt.Fprintf(w, "Name: %s,\n", quote(e.Name))
	if e.Doc != "" {
		fmt.Fprintf(w, "Doc: %s,\n", quote(e.Doc))
	}
	if p := g.posLit(e.Pos); p != "" {
		fmt.Fprintf(w, "Pos: %s,\n", p)
	}
	fmt.Fprintf(w, "State: %s,\n", g.typeVar(e.State))
	fmt.Fprintf(w, "KeyField: %s,\n", quote(e.KeyField))
	if e.Constructor != nil {
		fmt.Fprintf(w, "Constructor: &%s.Method{\n", g.imp.ir)
		g.writeMethodFields(w, e.Constructor, "Create: "+ent.create)
		w.WriteString("},\n")
	}
	if len(e.Methods) > 0 {
		fmt.Fprintf(w, "Methods: []*%s.Method{\n", g.imp.ir)
		for i, m := range e.Methods {
			w.WriteString("{\n")
			hook := "Invoke: " + ent.invoke[i]
			if m.Split {
				hook = "Resume: " + ent.invoke[i]
			}
			g.writeMethodFields(w, m, hook)
			w.WriteString("},\n")
		}
		w.WriteString("},\n")
	}
	fmt.Fprintf(w, "EncodeState: %s,\n", ent.encodeState)
	fmt.Fprintf(w, "DecodeState: %s,\n", ent.decodeState)
	fmt.Fprintf(w, "Key: %s,\n", ent.keyHook)
	fmt.Fprintf(w, "ReadField: %s,\n", ent.readField)
	w.WriteString("}\n")
}

func (g *generator) writeMethodFields(w *bytes.Buffer, m *ir.Method, hook string) {
	irp := g.imp.ir
	fmt.Fprintf(w, "Name: %s,\n", quote(m.Name))
	if m.Kind == ir.Constructor {
		fmt.Fprintf(w, "Kind: %s.Constructor,\n", irp)
	}
	if m.Doc != "" {
		fmt.Fprintf(w, "Doc: %s,\n", quote(m.Doc))
	}
	if p := g.posLit(m.Pos); p != "" {
		fmt.Fprintf(w, "Pos: %s,\n", p)
	}
	if len(m.Params) > 0 {
		fmt.Fprintf(w, "Params: %s,\n", g.paramsLit(m.Params))
	}
	if len(m.Results) > 0 {
		fmt.Fprintf(w, "Results: %s,\n", g.paramsLit(m.Results))
	}
	for _, flag := range []struct {
		name string
		on   bool
	}{{"Error", m.Error}, {"Variadic", m.Variadic}, {"Readonly", m.Readonly}, {"Split", m.Split}, {"Internal", m.Internal}} {
		if flag.on {
			fmt.Fprintf(w, "%s: true,\n", flag.name)
		}
	}
	if len(m.Calls) > 0 {
		fmt.Fprintf(w, "Calls: []*%s.Call{\n", irp)
		for _, c := range m.Calls {
			kind, ok := callKindConst[c.Kind]
			if !ok {
				kind = "CallKind(" + strconv.Itoa(int(c.Kind)) + ")"
			}
			fmt.Fprintf(w, "{Kind: %s.%s, Entity: %s, Member: %s", irp, kind, quote(c.Entity), quote(c.Member))
			if p := g.posLit(c.Pos); p != "" {
				w.WriteString(", Pos: " + p)
			}
			w.WriteString("},\n")
		}
		w.WriteString("},\n")
	}
	if m.Machine != nil {
		g.writeMachine(w, m.Machine)
	}
	w.WriteString(hook + ",\n")
}

// writeMachine writes the Machine field of a split method.
func (g *generator) writeMachine(w *bytes.Buffer, mach *ir.Machine) {
	irp := g.imp.ir
	fmt.Fprintf(w, "Machine: &%s.Machine{\n", irp)
	fmt.Fprintf(w, "Blocks: []*%s.Block{\n", irp)
	for _, b := range mach.Blocks {
		fmt.Fprintf(w, "{ID: %d, Label: %s", b.ID, quote(b.Label))
		if p := g.posLit(b.Pos); p != "" {
			w.WriteString(", Pos: " + p)
		}
		if len(b.Succs) > 0 {
			w.WriteString(", Succs: []int{")
			for i, s := range b.Succs {
				if i > 0 {
					w.WriteString(", ")
				}
				w.WriteString(strconv.Itoa(s))
			}
			w.WriteString("}")
		}
		if b.Suspend != 0 {
			fmt.Fprintf(w, ", Suspend: %d", b.Suspend)
		}
		if b.Return {
			w.WriteString(", Return: true")
		}
		w.WriteString("},\n")
	}
	w.WriteString("},\n")
	fmt.Fprintf(w, "Resumes: []*%s.ResumePoint{\n", irp)
	for _, r := range mach.Resumes {
		fmt.Fprintf(w, "{PC: %d, Block: %d", r.PC, r.Block)
		if c := r.Call; c != nil {
			fmt.Fprintf(w, ", Call: &%s.Call{Kind: %s.%s, Entity: %s, Member: %s", irp, irp, callKindConst[c.Kind], quote(c.Entity), quote(c.Member))
			if p := g.posLit(c.Pos); p != "" {
				w.WriteString(", Pos: " + p)
			}
			w.WriteString("}")
		}
		if len(r.Live) > 0 {
			qs := make([]string, len(r.Live))
			for i, n := range r.Live {
				qs[i] = quote(n)
			}
			w.WriteString(", Live: []string{" + strings.Join(qs, ", ") + "}")
		}
		w.WriteString("},\n")
	}
	w.WriteString("},\n},\n")
}

func (g *generator) paramsLit(ps []*ir.Param) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[]*%s.Param{", g.imp.ir)
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("{")
		if p.Name != "" {
			fmt.Fprintf(&b, "Name: %s, ", quote(p.Name))
		}
		fmt.Fprintf(&b, "Type: %s}", g.typeVar(p.Type))
	}
	b.WriteString("}")
	return b.String()
}
