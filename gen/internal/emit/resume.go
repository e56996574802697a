package emit

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/gen/internal/split"
	"github.com/stateflow-go/stateflow/ir"
)

// writeResume writes the resume function of a split method: one step of
// the method, from the entry (PC 0) or from a resume point, to its end or
// to its next suspension point.
//
//	func sfEResumeM(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
//		recv := sfState.(*E)        // bound to the current state at each step
//		var ( ...function-level variables... )
//		var sfBlock int
//		switch sfIn.PC {            // decode the arguments, or the frame and
//		case 0: ...                 // the reply of the resume point
//		}
//	sfLoop:
//		for {
//			switch sfBlock {        // the blocks of the lowered method
//			case 0: ...
//			}
//		}
//	}
func (g *generator) writeResume(w *bytes.Buffer, ent *entity, m *ir.Method, sm *split.Method, name string) {
	e := ent.e
	irp := g.imp.ir
	writeDoc(w, fmt.Sprintf("%s runs one step of (*%s).%s, which is split at its suspension points: it starts at PC 0 with the encoded arguments, or resumes at a later PC with the frame of the variables live there and the reply of the suspended call, and runs to the method's end or to its next suspension point.", name, e.Name, m.Name))
	fmt.Fprintf(w, "func %s(sfState any, sfIn *%s.StepIn, sfOut *%s.StepOut) error {\n", name, irp, irp)
	if sm.Recv != "" {
		fmt.Fprintf(w, "%s := sfState.(*%s)\n", sm.Recv, e.Name)
	}
	for _, c := range sm.Consts {
		w.WriteString(c + "\n")
	}
	if len(sm.Vars) > 0 {
		w.WriteString("var (\n")
		for _, v := range sm.Vars {
			fmt.Fprintf(w, "%s %s\n", v.Name, v.GoType)
		}
		w.WriteString(")\n")
		for _, v := range sm.Vars {
			if !v.Used {
				fmt.Fprintf(w, "_ = %s\n", v.Name)
			}
		}
	}
	// One decoder for the function: a decoder per case would give the
	// function a stack frame that grows with the method.
	fmt.Fprintf(w, "var sfD %s.Decoder\n", g.imp.wire)
	w.WriteString("var sfBlock int\n")
	w.WriteString("switch sfIn.PC {\ncase 0:\n")
	g.writeResumeArgs(w, m, sm)
	for _, r := range sm.Resumes {
		fmt.Fprintf(w, "case %d: // after %s at %s\n", r.PC, r.Call.Desc, r.Call.Pos)
		g.writeResumeFrame(w, m, r)
		g.writeResumeReply(w, r)
		fmt.Fprintf(w, "sfBlock = %d\n", r.Block)
	}
	fmt.Fprintf(w, "default:\nreturn &%s.ArgError{Err: %s.Errorf(\"%s.%s has no resume point %%d\", sfIn.PC)}\n}\n", g.imp.stateflow, g.imp.fmt, e.Name, m.Name)

	var body bytes.Buffer
	for _, b := range sm.Blocks {
		fmt.Fprintf(&body, "case %d: // %s: %s\n", b.ID, b.Pos, b.Label)
		for _, c := range b.Code {
			body.WriteString(g.expandKeyEncoders(sm, c) + "\n")
		}
		g.writeTerm(&body, ent, m, sm, b)
	}
	if bytes.Contains(body.Bytes(), []byte("continue sfLoop")) {
		w.WriteString("sfLoop:\n")
	}
	w.WriteString("for {\nswitch sfBlock {\n")
	w.Write(body.Bytes())
	w.WriteString("}\n}\n}\n\n")
}

// writeResumeArgs decodes the arguments into the parameters' variables
// (dropping those the body does not use).
func (g *generator) writeResumeArgs(w *bytes.Buffer, m *ir.Method, sm *split.Method) {
	fmt.Fprintf(w, "sfD = %s.NewDecoder(sfIn.Args)\n", g.imp.wire)
	d := dec{val: "sfD", ptr: "&sfD"}
	for i, p := range m.Params {
		var v *split.Var
		if i < len(sm.Params) {
			v = sm.Params[i]
		}
		if v != nil {
			fmt.Fprintln(w, g.decStmt(p.Type, server, d, v.Name))
		} else {
			g.writeDrop(w, p.Type, d)
		}
		param := p.Name
		if param == "" || param == "_" {
			param = "#" + strconv.Itoa(i+1)
		}
		fmt.Fprintf(w, "if sfErr := sfD.Err(); sfErr != nil {\nreturn &%s.ArgError{Param: %s, Err: sfErr}\n}\n", g.imp.stateflow, quote(param))
	}
	fmt.Fprintf(w, "if sfErr := sfD.Finish(); sfErr != nil {\nreturn &%s.ArgError{Err: sfErr}\n}\n", g.imp.stateflow)
	w.WriteString("sfBlock = 0\n")
}

// writeDrop decodes and drops a value of t.
func (g *generator) writeDrop(w *bytes.Buffer, t *ir.Type, d dec) {
	if byPointer(t.Kind) {
		fmt.Fprintf(w, "{\nvar sfDrop %s\n%s\n}\n", g.goType(t, server), g.decStmt(t, server, d, "sfDrop"))
		return
	}
	fmt.Fprintf(w, "_ = %s\n", g.decExpr(t, server, d))
}

// writeResumeFrame decodes the frame of resume point r.
func (g *generator) writeResumeFrame(w *bytes.Buffer, m *ir.Method, r *split.Resume) {
	if len(r.Frame) == 0 {
		fmt.Fprintf(w, "if len(sfIn.Frame) != 0 {\nreturn &%s.ArgError{Err: %s.Errorf(\"frame of %s at pc %d: %%d unexpected bytes\", len(sfIn.Frame))}\n}\n", g.imp.stateflow, g.imp.fmt, m.Name, r.PC)
		return
	}
	fmt.Fprintf(w, "sfD = %s.NewDecoder(sfIn.Frame)\n", g.imp.wire)
	d := dec{val: "sfD", ptr: "&sfD"}
	for _, v := range r.Frame {
		if v.Error {
			g.needErrorCodec = true
			fmt.Fprintf(w, "%s = sfDecError(&sfD)\n", v.Name)
			continue
		}
		fmt.Fprintln(w, g.decStmt(v.Type, server, d, v.Name))
	}
	fmt.Fprintf(w, "if sfErr := sfD.Finish(); sfErr != nil {\nreturn &%s.ArgError{Err: %s.Errorf(\"frame of %s at pc %d: %%w\", sfErr)}\n}\n", g.imp.stateflow, g.imp.fmt, m.Name, r.PC)
}

// writeResumeReply binds the reply of a resume point's call to the
// variables of its results, or handles its failure: an error the callee
// returned becomes the error result where the call site receives it (and
// is dropped where the call site drops it, as in Go); any other failure
// fails the method.
func (g *generator) writeResumeReply(w *bytes.Buffer, r *split.Resume) {
	c := r.Call
	sf := g.imp.stateflow
	fail := fmt.Sprintf("return &%s.OpError{Entity: %s, Method: %s, Message: sfFail.Message, Panic: sfFail.Panic}\n", sf, quote(c.Entity), quote(c.Member))
	returnsErr := c.Callee != nil && c.Callee.Error
	switch {
	case returnsErr && c.Err != nil:
		w.WriteString("if sfFail := sfIn.Failure; sfFail != nil {\n")
		fmt.Fprintf(w, "if !sfFail.Returned {\n%s}\n", fail)
		fmt.Fprintf(w, "%s = &%s.RemoteError{Message: sfFail.Message}\n", c.Err.Name, sf)
		for _, v := range c.Results {
			// The variable may hold an earlier temporary's value.
			fmt.Fprintf(w, "%s = %s\n", v.Name, g.zero(v.Type, server))
		}
		if c.Kind == ir.CallMethod {
			// The results the callee returned with its error, and the
			// error itself (its type and value, or its messages), when the
			// runtime passes them.
			g.needErrorCodec = true
			fmt.Fprintf(w, "if len(sfIn.Reply) > 0 {\nsfD = %s.NewDecoder(sfIn.Reply)\n", g.imp.wire)
			d := dec{val: "sfD", ptr: "&sfD"}
			for _, v := range c.Results {
				fmt.Fprintln(w, g.decStmt(v.Type, server, d, v.Name))
			}
			fmt.Fprintf(w, "if sfD.Remaining() > 0 {\nif sfE := sfDecError(&sfD); sfE != nil {\n%s = sfE\n}\n}\n", c.Err.Name)
			fmt.Fprintf(w, "if sfErr := sfD.Finish(); sfErr != nil {\nreturn &%s.ArgError{Err: %s.Errorf(\"reply of %s: %%w\", sfErr)}\n}\n}\n", sf, g.imp.fmt, c.Desc)
		}
		if len(c.Results) == 0 {
			w.WriteString("}\n")
			return
		}
		w.WriteString("} else {\n")
		g.writeReplyResults(w, c)
		w.WriteString("}\n")
	case returnsErr && len(c.Results) == 0:
		// The call site drops the error, as Go does.
		fmt.Fprintf(w, "if sfFail := sfIn.Failure; sfFail != nil && !sfFail.Returned {\n%s}\n", fail)
	default:
		// Any failure fails the step.
		fmt.Fprintf(w, "if sfFail := sfIn.Failure; sfFail != nil {\n%s}\n", fail)
		g.writeReplyResults(w, c)
	}
}

// writeReplyResults decodes the reply into the variables of the results.
func (g *generator) writeReplyResults(w *bytes.Buffer, c *split.Call) {
	if len(c.Results) == 0 {
		return
	}
	fmt.Fprintf(w, "sfD = %s.NewDecoder(sfIn.Reply)\n", g.imp.wire)
	d := dec{val: "sfD", ptr: "&sfD"}
	if c.Kind == ir.CreateEntity {
		ent := g.entByName[c.Entity]
		fmt.Fprintf(w, "%s = %s\n", c.Results[0].Name, g.stub(ent, "sfD.String()"))
	} else {
		for _, v := range c.Results {
			fmt.Fprintln(w, g.decStmt(v.Type, server, d, v.Name))
		}
	}
	fmt.Fprintf(w, "if sfErr := sfD.Finish(); sfErr != nil {\nreturn &%s.ArgError{Err: %s.Errorf(\"reply of %s: %%w\", sfErr)}\n}\n", g.imp.stateflow, g.imp.fmt, c.Desc)
}

// stub returns an expression making a reference to ent from its key.
func (g *generator) stub(ent *entity, key string) string {
	if kt := ent.keyField.Type.GoExpr; kt != "string" {
		key = kt + "(" + key + ")"
	}
	if ent.direct {
		return fmt.Sprintf("&%s{%s: %s}", ent.e.Name, ent.e.KeyField, key)
	}
	return fmt.Sprintf("func() *%s {\nsfV := new(%s)\nsfV.%s = %s\nreturn sfV\n}()", ent.e.Name, ent.e.Name, ent.e.KeyField, key)
}

// writeTerm writes how a block ends.
func (g *generator) writeTerm(w *bytes.Buffer, ent *entity, m *ir.Method, sm *split.Method, b *split.Block) {
	switch t := b.Term; t.Kind {
	case split.Jump:
		fmt.Fprintf(w, "sfBlock = %d\n", t.To)
	case split.Branch:
		fmt.Fprintf(w, "if %s {\nsfBlock = %d\n} else {\nsfBlock = %d\n}\n", t.Cond, t.Then, t.Else)
	case split.Suspend:
		g.writeSuspend(w, ent, sm.Resumes[t.PC-1])
	case split.Return:
		g.writeReturn(w, m, sm)
	case split.Dispatch:
	}
}

// operand parenthesizes an expression unless it is an operand already.
func operand(x string) string {
	e, err := parser.ParseExpr(x)
	if err != nil {
		return "(" + x + ")"
	}
	switch e.(type) {
	case *ast.Ident, *ast.BasicLit, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.CompositeLit, *ast.ParenExpr:
		return x
	}
	return "(" + x + ")"
}

// writeSuspend ends a step at a suspension point: the call to make, the
// resume point and the frame of the variables live there.
func (g *generator) writeSuspend(w *bytes.Buffer, ent *entity, r *split.Resume) {
	c := r.Call
	irp, sf := g.imp.ir, g.imp.stateflow
	fmt.Fprintf(w, "// %s: suspend at %s (pc %d)\n", c.Pos, c.Desc, r.PC)
	var target string
	switch {
	case c.Kind == ir.CreateEntity:
		target = fmt.Sprintf("%s.Address{Entity: %s}", sf, quote(c.Entity))
	case c.Nested:
		target = fmt.Sprintf("%s.Address{Entity: %s, Key: %s}", sf, quote(c.Entity), keyOf(ent, "sfState.(*"+ent.e.Name+")"))
	default:
		x := operand(c.Target)
		target = fmt.Sprintf("%s.Address{Entity: %s, Key: %s}", sf, quote(c.Entity), keyOf(g.entByName[c.Entity], x))
	}
	kind := callKindConst[c.Kind]
	fmt.Fprintf(w, "sfOut.Call = %s.RemoteCall{Kind: %s.%s, Target: %s, Member: %s}\n", irp, irp, kind, target, quote(c.Member))
	if c.Callee != nil && len(c.Callee.Params) > 0 {
		w.WriteString("var sfArgs []byte\n")
		for i, p := range c.Callee.Params {
			arg := c.Args[i]
			if !byPointer(p.Type.Kind) {
				fmt.Fprintln(w, g.encStmt(p.Type, server, "sfArgs", arg))
				continue
			}
			a := "sfA" + strconv.Itoa(i)
			fmt.Fprintf(w, "var %s %s = %s\n", a, g.goType(p.Type, server), arg)
			fmt.Fprintln(w, g.encStmt(p.Type, server, "sfArgs", a))
		}
		w.WriteString("sfOut.Call.Args = sfArgs\n")
	}
	fmt.Fprintf(w, "sfOut.PC = %d\n", r.PC)
	if len(r.Frame) > 0 {
		// The runtime may hand over a buffer to append to.
		w.WriteString("sfF := sfOut.Frame[:0]\n")
		for _, v := range r.Frame {
			if v.Error {
				g.needErrorCodec = true
				fmt.Fprintf(w, "sfF = sfEncError(sfF, %s)\n", v.Name)
				continue
			}
			fmt.Fprintln(w, g.encStmt(v.Type, server, "sfF", v.Name))
		}
		w.WriteString("sfOut.Frame = sfF\n")
	}
	w.WriteString("return nil\n")
}

// writeReturn ends the method: its error if not nil, else its results.
func (g *generator) writeReturn(w *bytes.Buffer, m *ir.Method, sm *split.Method) {
	if len(sm.Results) > 0 {
		w.WriteString("sfRes := sfOut.Results[:0]\n")
		for i, v := range sm.Results {
			fmt.Fprintln(w, g.encStmt(m.Results[i].Type, server, "sfRes", v.Name))
		}
		w.WriteString("sfOut.Results = sfRes\n")
	}
	if sm.Err != nil {
		// The results go beside the error, then the error itself.
		g.needErrorCodec = true
		fmt.Fprintf(w, "if %s != nil {\nsfOut.Results = sfEncError(sfOut.Results, %s)\nreturn %s\n}\n", sm.Err.Name, sm.Err.Name, sm.Err.Name)
	}
	w.WriteString("sfOut.Done = true\nreturn nil\n")
}

// expandKeyEncoders replaces the placeholders of key encoders in code.
func (g *generator) expandKeyEncoders(sm *split.Method, code string) string {
	if !strings.Contains(code, "sfKeyEncoder") {
		return code
	}
	for i := len(sm.KeyTypes) - 1; i >= 0; i-- {
		t := sm.KeyTypes[i]
		enc := fmt.Sprintf("func(sfB []byte, sfK %s) []byte {\n%s\nreturn sfB\n}", g.goType(t, server), g.encStmt(t, server, "sfB", "sfK"))
		code = strings.ReplaceAll(code, "sfKeyEncoder"+strconv.Itoa(i), enc)
	}
	g.needSortKeys = true
	return code
}

// writeSortKeys writes sfSortKeys, which orders the keys of a map whose
// key type has no order of its own by their encodings.
func (g *generator) writeSortKeys(w *bytes.Buffer) {
	writeDoc(w, "sfSortKeys sorts map keys by their encodings, for the range loops of split methods over maps whose key type has no order of its own.")
	fmt.Fprintf(w, `func sfSortKeys[K any](sfKeys []K, sfEnc func([]byte, K) []byte) {
	type sfEntry struct {
		key K
		enc []byte
	}
	sfEntries := make([]sfEntry, len(sfKeys))
	for sfI, sfK := range sfKeys {
		sfEntries[sfI] = sfEntry{sfK, sfEnc(nil, sfK)}
	}
	%s.SortStableFunc(sfEntries, func(sfX, sfY sfEntry) int { return %s.Compare(sfX.enc, sfY.enc) })
	for sfI := range sfEntries {
		sfKeys[sfI] = sfEntries[sfI].key
	}
}

`, g.imp.slices, g.imp.bytes)
}
