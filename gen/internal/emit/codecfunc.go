package emit

import (
	"bytes"
	"fmt"

	"github.com/stateflow-go/stateflow/ir"
)

// writeEncoder writes func sfEncX(sfB []byte, sfV X) []byte (sfV *X for
// structs and arrays).
func (g *generator) writeEncoder(w *bytes.Buffer, c *codec) {
	t, v := c.t, c.v
	wire := g.imp.wire
	typ := g.goType(t, v)
	if byPointer(t.Kind) {
		typ = "*" + typ
	}
	writeDoc(w, fmt.Sprintf("%s appends the encoding of a value of type %s.", c.name, describe(t, v, g)))
	fmt.Fprintf(w, "func %s(sfB []byte, sfV %s) []byte {\n", c.name, typ)
	switch t.Kind {
	case ir.Struct:
		for _, f := range t.StateFields() {
			fmt.Fprintln(w, g.encStmt(f.Type, server, "sfB", "sfV."+f.Name))
		}
	case ir.Slice:
		fmt.Fprintf(w, "sfB = %s.AppendLen(sfB, len(sfV), sfV == nil)\n", wire)
		g.writeEncodeElems(w, t.Elem, v)
	case ir.Array:
		g.writeEncodeElems(w, t.Elem, v)
	case ir.Map:
		fmt.Fprintf(w, "sfB = %s.AppendLen(sfB, len(sfV), sfV == nil)\n", wire)
		if !sortedKey(t.Key.Kind) {
			g.writeEncodeMap(w, t, v)
			w.WriteString("}\n\n")
			return
		}
		g.writeEncodeMap(w, t, v)
	case ir.Pointer:
		fmt.Fprintf(w, "sfB = %s.AppendPresent(sfB, sfV != nil)\n", wire)
		fmt.Fprintf(w, "if sfV != nil {\n%s\n}\n", g.encStmt(t.Elem, server, "sfB", "*sfV"))
	case ir.Ref:
		if v == client {
			fmt.Fprintf(w, "return %s.AppendRef(sfB, sfV.sfKey, sfV.sfClient == nil && sfV.sfKey == \"\")\n}\n\n", wire)
			return
		}
		ent := g.entByName[t.Entity]
		fmt.Fprintf(w, "if sfV == nil {\nreturn %s.AppendRef(sfB, \"\", true)\n}\n", wire)
		fmt.Fprintf(w, "return %s.AppendRef(sfB, %s, false)\n}\n\n", wire, keyOf(ent, "sfV"))
		return
	}
	w.WriteString("return sfB\n}\n\n")
}

// writeEncodeElems writes the loop encoding the elements of the slice or
// array sfV.
func (g *generator) writeEncodeElems(w *bytes.Buffer, elem *ir.Type, v view) {
	if byPointer(elem.Kind) {
		fmt.Fprintf(w, "for sfI := range sfV {\n%s\n}\n", g.encStmt(elem, v, "sfB", "sfV[sfI]"))
		return
	}
	fmt.Fprintf(w, "for _, sfE := range sfV {\n%s\n}\n", g.encStmt(elem, v, "sfB", "sfE"))
}

// writeEncodeMap writes the loop encoding the entries of the map sfV in a
// canonical order: by key for strings and integers, else by encoded key (and
// then the whole entry, for keys that encode alike such as NaNs). A key
// order that does not sort ends the function.
func (g *generator) writeEncodeMap(w *bytes.Buffer, t *ir.Type, v view) {
	if !sortedKey(t.Key.Kind) {
		// Write the entries in map order, then reorder them by their
		// encoded keys.
		g.needSortEntries = true
		w.WriteString("sfStart := len(sfB)\nvar sfBuf [16]int\nsfEnds := sfBuf[:0]\n")
		fmt.Fprintf(w, "for sfK, sfE := range sfV {\n%s\nsfEnds = append(sfEnds, len(sfB))\n%s\nsfEnds = append(sfEnds, len(sfB))\n}\n",
			g.encStmt(t.Key, v, "sfB", "sfK"), g.encStmt(t.Elem, v, "sfB", "sfE"))
		w.WriteString("return sfSortEntries(sfB, sfStart, sfEnds)\n")
		return
	}
	fmt.Fprintf(w, "var sfBuf [8]%s\n", g.goType(t.Key, v))
	w.WriteString("sfKeys := sfBuf[:0]\n")
	w.WriteString("for sfK := range sfV {\nsfKeys = append(sfKeys, sfK)\n}\n")
	fmt.Fprintf(w, "%s.Sort(sfKeys)\n", g.imp.slices)
	w.WriteString("for _, sfK := range sfKeys {\n")
	fmt.Fprintln(w, g.encStmt(t.Key, v, "sfB", "sfK"))
	if byPointer(t.Elem.Kind) {
		w.WriteString("sfE := sfV[sfK]\n")
		fmt.Fprintln(w, g.encStmt(t.Elem, v, "sfB", "sfE"))
	} else {
		fmt.Fprintln(w, g.encStmt(t.Elem, v, "sfB", "sfV[sfK]"))
	}
	w.WriteString("}\n")
}

// writeDecoder writes func sfDecX(sfD *wire.Decoder) X, or
// func sfDecX(sfD *wire.Decoder, sfV *X) for structs and arrays, which
// decodes in place. Client-view decoders also take the client, sfC.
func (g *generator) writeDecoder(w *bytes.Buffer, c *codec) {
	t, v := c.t, c.v
	typ := g.goType(t, v)
	d := dec{val: "sfD", ptr: "sfD", cli: "sfC"}
	params := "sfD *" + g.imp.wire + ".Decoder"
	if v == client {
		params += ", sfC " + g.imp.stateflow + ".Client"
	}
	writeDoc(w, fmt.Sprintf("%s decodes a value of type %s.", c.name, describe(t, v, g)))
	if byPointer(t.Kind) {
		fmt.Fprintf(w, "func %s(%s, sfV *%s) {\n", c.name, params, typ)
		if t.Kind == ir.Struct {
			for _, f := range t.StateFields() {
				fmt.Fprintln(w, g.decStmt(f.Type, server, d, "sfV."+f.Name))
			}
		} else {
			fmt.Fprintf(w, "for sfI := range sfV {\n%s\n}\n", g.decStmt(t.Elem, v, d, "sfV[sfI]"))
		}
		w.WriteString("}\n\n")
		return
	}
	fmt.Fprintf(w, "func %s(%s) %s {\n", c.name, params, typ)
	switch t.Kind {
	case ir.Slice:
		fmt.Fprintf(w, "sfN, sfNil := sfD.Len(%d)\n", g.types.minSize(t.Elem))
		w.WriteString("if sfNil {\nreturn nil\n}\n")
		fmt.Fprintf(w, "sfV := make(%s, sfN)\n", typ)
		fmt.Fprintf(w, "for sfI := range sfV {\n%s\n}\n", g.decStmt(t.Elem, v, d, "sfV[sfI]"))
		w.WriteString("return sfV\n")
	case ir.Map:
		minEntry := sat(g.types.minSize(t.Key) + g.types.minSize(t.Elem))
		fmt.Fprintf(w, "sfN, sfNil := sfD.Len(%d)\n", minEntry)
		w.WriteString("if sfNil {\nreturn nil\n}\n")
		if minEntry > 0 {
			fmt.Fprintf(w, "sfV := make(%s, sfN)\n", typ)
		} else {
			// Entries of zero bytes do not bound sfN by the input's size.
			fmt.Fprintf(w, "sfV := make(%s)\n", typ)
		}
		w.WriteString("for range sfN {\n")
		fmt.Fprintln(w, g.decDefine(t.Key, v, d, "sfK"))
		if byPointer(t.Elem.Kind) {
			fmt.Fprintln(w, g.decDefine(t.Elem, v, d, "sfE"))
			w.WriteString("sfV[sfK] = sfE\n")
		} else {
			fmt.Fprintln(w, g.decStmt(t.Elem, v, d, "sfV[sfK]"))
		}
		w.WriteString("}\n")
		w.WriteString("if len(sfV) != sfN {\nsfD.Fail(\"duplicate map key\")\n}\n")
		w.WriteString("return sfV\n")
	case ir.Pointer:
		w.WriteString("if !sfD.Present() {\nreturn nil\n}\n")
		fmt.Fprintf(w, "sfV := new(%s)\n", t.Elem.GoExpr)
		fmt.Fprintln(w, g.decStmt(t.Elem, server, d, "*sfV"))
		w.WriteString("return sfV\n")
	case ir.Ref:
		ent := g.entByName[t.Entity]
		w.WriteString("sfKey, sfNil := sfD.Ref()\n")
		if v == client {
			fmt.Fprintf(w, "if sfNil {\nreturn %s{}\n}\n", ent.ref)
			fmt.Fprintf(w, "return %s{sfClient: sfC, sfKey: sfKey}\n", ent.ref)
			break
		}
		w.WriteString("if sfNil {\nreturn nil\n}\n")
		key := "sfKey"
		if kt := ent.keyField.Type.GoExpr; kt != "string" {
			key = kt + "(sfKey)"
		}
		if ent.direct {
			fmt.Fprintf(w, "return &%s{%s: %s}\n", ent.e.Name, ent.e.KeyField, key)
		} else {
			fmt.Fprintf(w, "sfV := new(%s)\nsfV.%s = %s\nreturn sfV\n", ent.e.Name, ent.e.KeyField, key)
		}
	}
	w.WriteString("}\n\n")
}

// keyOf returns the key of the entity value x as a string.
func keyOf(ent *entity, x string) string {
	k := x + "." + ent.e.KeyField
	if ent.keyField.Type.GoExpr != "string" {
		return "string(" + k + ")"
	}
	return k
}

// describe names a type for a codec's doc comment.
func describe(t *ir.Type, v view, g *generator) string {
	if t.Kind == ir.Ref && v == server {
		return t.GoExpr + ", a reference"
	}
	return g.goType(t, v)
}

// writeSortEntries writes sfSortEntries, which the encoders of maps whose
// keys do not sort by value use.
func (g *generator) writeSortEntries(w *bytes.Buffer) {
	writeDoc(w,
		"sfSortEntries reorders the map entries written to sfB[sfStart:] by their encoded keys, and equal keys by the whole entry, so that equal maps encode to equal bytes. sfEnds holds the end of each entry's key and the end of the entry, in turn.")
	fmt.Fprintf(w, `func sfSortEntries(sfB []byte, sfStart int, sfEnds []int) []byte {
	if len(sfEnds) < 4 {
		return sfB
	}
	type sfEntry struct{ start, keyEnd, end int }
	sfEntries := make([]sfEntry, len(sfEnds)/2)
	sfAt := 0
	for sfI := range sfEntries {
		sfEntries[sfI] = sfEntry{sfAt, sfEnds[2*sfI] - sfStart, sfEnds[2*sfI+1] - sfStart}
		sfAt = sfEntries[sfI].end
	}
	sfRegion := %[1]s.Clone(sfB[sfStart:])
	%[1]s.SortFunc(sfEntries, func(sfX, sfY sfEntry) int {
		if sfC := %[2]s.Compare(sfRegion[sfX.start:sfX.keyEnd], sfRegion[sfY.start:sfY.keyEnd]); sfC != 0 {
			return sfC
		}
		return %[2]s.Compare(sfRegion[sfX.start:sfX.end], sfRegion[sfY.start:sfY.end])
	})
	sfB = sfB[:sfStart]
	for _, sfE := range sfEntries {
		sfB = append(sfB, sfRegion[sfE.start:sfE.end]...)
	}
	return sfB
}

`, g.imp.slices, g.imp.bytes)
}
