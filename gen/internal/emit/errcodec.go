package emit

import (
	"bytes"
	"fmt"
	"strings"
)

// writeErrorCodec writes the codec of error values, for the frames that
// carry errors and the errors operations return beside their results:
// along the error's chain, a sentinel error of the package (a
// package-level variable of type error) keeps its identity, an error of a
// type of the package that implements error (ErrorTypes) its type and
// value; any other error is its message, and the error it wraps. So
// errors.Is and errors.As work as in Go on those errors.
func (g *generator) writeErrorCodec(w *bytes.Buffer) {
	wire := g.imp.wire
	writeDoc(w, "sfSentinels are the sentinel errors whose identity an error keeps across a suspension point or a remote call.")
	fmt.Fprintf(w, "var sfSentinels = [...]error{%s}\n\n", strings.Join(g.pkg.Sentinels, ", "))
	n := len(g.pkg.Sentinels)
	writeDoc(w, "sfEncError appends an error: 0 for nil, 2+i for sentinel i, 2+len(sfSentinels)+k and the value for an error of the k-th error type, else 1, the message and the error it wraps.")
	fmt.Fprintf(w, "func sfEncError(sfB []byte, sfE error) []byte {\nfor sfE != nil {\n")
	fmt.Fprintf(w, "if %s.TypeOf(sfE).Comparable() {\nfor sfI, sfS := range sfSentinels {\nif sfE == sfS {\nreturn %s.AppendUint(sfB, uint64(sfI)+2)\n}\n}\n}\n", g.imp.reflect, wire)
	if len(g.pkg.ErrorTypes) > 0 {
		w.WriteString("switch sfV := sfE.(type) {\n")
		for k, et := range g.pkg.ErrorTypes {
			fmt.Fprintf(w, "case %s:\nsfB = %s.AppendUint(sfB, %d)\n%s\nreturn sfB\n", et.Type.GoExpr, wire, n+2+k, g.encStmt(et.Type, server, "sfB", "sfV"))
		}
		w.WriteString("}\n")
	}
	fmt.Fprintf(w, "sfB = %s.AppendUint(sfB, 1)\nsfB = %s.AppendString(sfB, sfE.Error())\nsfE = %s.Unwrap(sfE)\n}\n", wire, wire, g.imp.errors)
	fmt.Fprintf(w, "return %s.AppendUint(sfB, 0)\n}\n\n", wire)

	writeDoc(w, "sfDecError decodes an error that sfEncError encoded.")
	fmt.Fprintf(w, "func sfDecError(sfD *%s.Decoder) error {\nsfT := sfD.Uint()\nswitch {\n", wire)
	fmt.Fprintf(w, "case sfT == 0:\nreturn nil\ncase sfT == 1:\nsfMsg := sfD.String()\nreturn &%s.RemoteError{Message: sfMsg, Err: sfDecError(sfD)}\n", g.imp.stateflow)
	w.WriteString("case sfT-2 < uint64(len(sfSentinels)):\nreturn sfSentinels[sfT-2]\n}\n")
	if len(g.pkg.ErrorTypes) > 0 {
		d := dec{val: "sfD", ptr: "sfD"}
		fmt.Fprintf(w, "switch sfT - %d {\n", n+2)
		for k, et := range g.pkg.ErrorTypes {
			fmt.Fprintf(w, "case %d:\nvar sfV %s\n%s\nreturn sfV\n", k, et.Type.GoExpr, g.decStmt(et.Type, server, d, "sfV"))
		}
		w.WriteString("}\n")
	}
	w.WriteString("sfD.Fail(\"bad error tag\")\nreturn nil\n}\n\n")
}
