package emit

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// view tells the two Go forms of a type apart: in the server view a
// reference is a *E (a stub holding the key once decoded); in the client
// view references at the top of a type, and in unnamed slices, arrays and
// maps of them, are ERef values bound to a client.
type view uint8

const (
	server view = iota
	client
)

// clientRefs reports whether t differs between the views.
func clientRefs(t *ir.Type) bool {
	switch t.Kind {
	case ir.Ref:
		return true
	case ir.Slice, ir.Array:
		return t.Name == "" && clientRefs(t.Elem)
	case ir.Map:
		return t.Name == "" && (clientRefs(t.Key) || clientRefs(t.Elem))
	}
	return false
}

// norm returns the view in which t is written: types without client
// references have one form.
func norm(t *ir.Type, v view) view {
	if v == client && !clientRefs(t) {
		return server
	}
	return v
}

// goType returns the Go type of t in view v.
func (g *generator) goType(t *ir.Type, v view) string {
	if norm(t, v) == server {
		return t.GoExpr
	}
	switch t.Kind {
	case ir.Ref:
		return g.entByName[t.Entity].ref
	case ir.Slice:
		return "[]" + g.goType(t.Elem, client)
	case ir.Array:
		return fmt.Sprintf("[%d]%s", t.Len, g.goType(t.Elem, client))
	default: // ir.Map
		return "map[" + g.goType(t.Key, client) + "]" + g.goType(t.Elem, client)
	}
}

// dec names the decoder and client a decoding statement uses.
type dec struct {
	val string // the decoder, for method calls: "sfD"
	ptr string // a *wire.Decoder: "sfD" or "&sfD"
	cli string // the stateflow.Client given to client references
}

// codecKey identifies one codec function.
type codecKey struct {
	ti  *tinfo
	v   view
	enc bool
}

type codec struct {
	codecKey
	t    *ir.Type
	name string
	src  string
}

// codecFunc returns the name of the encoder (enc) or decoder of t in view v,
// and queues the function for writing.
func (g *generator) codecFunc(t *ir.Type, v view, enc bool) string {
	v = norm(t, v)
	k := codecKey{g.types.info(t), v, enc}
	if c := g.codecs[k]; c != nil {
		return c.name
	}
	name := "sfDec"
	if enc {
		name = "sfEnc"
	}
	if v == client {
		name += "Client"
	}
	c := &codec{codecKey: k, t: t, name: name + k.ti.name}
	g.codecs[k] = c
	g.codecQueue = append(g.codecQueue, c)
	return c.name
}

// addrOf returns the address of the addressable expression x.
func addrOf(x string) string {
	if rest, ok := strings.CutPrefix(x, "*"); ok && !strings.ContainsAny(rest, ".[(") {
		return rest
	}
	return "&" + x
}

// encStmt returns the statement that appends x, a value of t in view v, to
// the []byte variable b. Structs and arrays are passed by address, so x must
// be addressable.
func (g *generator) encStmt(t *ir.Type, v view, b, x string) string {
	if isBasic(t.Kind) {
		return b + " = " + g.encBasic(t, b, x)
	}
	if byPointer(t.Kind) {
		x = addrOf(x)
	}
	return fmt.Sprintf("%s = %s(%s, %s)", b, g.codecFunc(t, v, true), b, x)
}

// decStmt returns the statement that decodes a value of t in view v into the
// addressable target.
func (g *generator) decStmt(t *ir.Type, v view, d dec, target string) string {
	if byPointer(t.Kind) {
		args := d.ptr
		if norm(t, v) == client {
			args += ", " + d.cli
		}
		return fmt.Sprintf("%s(%s, %s)", g.codecFunc(t, v, false), args, addrOf(target))
	}
	return target + " = " + g.decExpr(t, v, d)
}

// decExpr returns an expression decoding a value of t, which must not be a
// struct or an array.
func (g *generator) decExpr(t *ir.Type, v view, d dec) string {
	if isBasic(t.Kind) {
		return g.decBasic(t, d)
	}
	args := d.ptr
	if norm(t, v) == client {
		args += ", " + d.cli
	}
	return fmt.Sprintf("%s(%s)", g.codecFunc(t, v, false), args)
}

// decDefine returns statements declaring name and decoding a value of t in
// view v into it.
func (g *generator) decDefine(t *ir.Type, v view, d dec, name string) string {
	if byPointer(t.Kind) {
		return fmt.Sprintf("var %s %s\n%s", name, g.goType(t, v), g.decStmt(t, v, d, name))
	}
	return name + " := " + g.decExpr(t, v, d)
}

// encBasic returns the call appending x, of a basic kind, to b.
func (g *generator) encBasic(t *ir.Type, b, x string) string {
	w := g.imp.wire
	conv := func(native string) string {
		if t.GoExpr == native {
			return x
		}
		return native + "(" + x + ")"
	}
	switch k := t.Kind; {
	case k == ir.Bool:
		return fmt.Sprintf("%s.AppendBool(%s, %s)", w, b, conv("bool"))
	case k.IsSigned() && k != ir.Duration:
		return fmt.Sprintf("%s.AppendInt(%s, %s)", w, b, conv("int64"))
	case k.IsInteger():
		return fmt.Sprintf("%s.AppendUint(%s, %s)", w, b, conv("uint64"))
	case k == ir.Float32:
		return fmt.Sprintf("%s.AppendFloat32(%s, %s)", w, b, conv("float32"))
	case k == ir.Float64:
		return fmt.Sprintf("%s.AppendFloat64(%s, %s)", w, b, conv("float64"))
	case k == ir.String:
		return fmt.Sprintf("%s.AppendString(%s, %s)", w, b, conv("string"))
	case k == ir.Bytes:
		return fmt.Sprintf("%s.AppendBytes(%s, %s)", w, b, conv("[]byte"))
	case k == ir.Time:
		return fmt.Sprintf("%s.AppendTime(%s, %s)", w, b, conv(g.imp.time+".Time"))
	default: // ir.Duration
		if t.GoExpr == g.imp.time+".Duration" {
			return fmt.Sprintf("%s.AppendDuration(%s, %s)", w, b, x)
		}
		return fmt.Sprintf("%s.AppendInt(%s, %s)", w, b, conv("int64"))
	}
}

// decBasic returns the expression decoding a value of a basic kind.
func (g *generator) decBasic(t *ir.Type, d dec) string {
	from := func(native, call string) string {
		call = d.val + "." + call
		if t.GoExpr == native {
			return call
		}
		return t.GoExpr + "(" + call + ")"
	}
	switch k := t.Kind; {
	case k == ir.Bool:
		return from("bool", "Bool()")
	case k == ir.Int || k == ir.Int64:
		return from("int64", "Int()")
	case k.IsSigned() && k != ir.Duration:
		return from("int64", fmt.Sprintf("IntN(%d)", k.Bits()))
	case k == ir.Uint || k == ir.Uint64:
		return from("uint64", "Uint()")
	case k.IsInteger():
		return from("uint64", fmt.Sprintf("UintN(%d)", k.Bits()))
	case k == ir.Float32:
		return from("float32", "Float32()")
	case k == ir.Float64:
		return from("float64", "Float64()")
	case k == ir.String:
		return from("string", "String()")
	case k == ir.Bytes:
		return from("[]byte", "Bytes()")
	case k == ir.Time:
		return from(g.imp.time+".Time", "Time()")
	default: // ir.Duration
		if t.GoExpr == g.imp.time+".Duration" {
			return d.val + ".Duration()"
		}
		return from("int64", "Int()")
	}
}

// writeCodecs writes the queued codec functions (writing one may queue
// more), ordered by type name, encoder before decoder, server before client.
func (g *generator) writeCodecs(w *bytes.Buffer) {
	for i := 0; i < len(g.codecQueue); i++ {
		c := g.codecQueue[i]
		var b bytes.Buffer
		if c.enc {
			g.writeEncoder(&b, c)
		} else {
			g.writeDecoder(&b, c)
		}
		c.src = b.String()
	}
	cs := append([]*codec(nil), g.codecQueue...)
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.ti.name != b.ti.name {
			return a.ti.name < b.ti.name
		}
		if a.v != b.v {
			return a.v < b.v
		}
		return a.enc && !b.enc
	})
	for _, c := range cs {
		w.WriteString(c.src)
	}
	if g.needSortEntries {
		g.writeSortEntries(w)
	}
}

// sortedKey reports a map key kind whose entries are encoded in key order.
func sortedKey(k ir.Kind) bool {
	return k == ir.String || k.IsInteger() || k == ir.Duration
}
