package ingress

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/ir"
)

var jsonSeeds = []string{
	`{}`, `null`, `[]`, `""`, `0`, `-1.5e3`, `"NaN"`, `true`,
	`{"ID": "jeans", "Price": 10, "Stock": 3, "Tags": ["a", "b"]}`,
	`{"ID": "u1", "Balance": -5, "Basket": ["jeans", null]}`,
	`["a", null, "\u00e9\ud83d\ude00"]`,
	`{"Val": 1, "Next": {"Val": 2}, "Kids": [{}], "ByName": {"x": null}}`,
	`[[], [[]], [[[]]]]`,
	`{"X": 2147483647, "Y": -2147483648}`,
	`{"B": true, "U64": 18446744073709551615, "F32": "Infinity", "Bs": "aGk=", "T": "2024-01-02T03:04:05.5+01:00",
	  "D": 1000, "Ar": [1, 2, 3], "MI": {"-1": true}, "MB": [[true, 1]], "MR": [["jeans", 2], [null, 3]],
	  "MP": [[{"X": 1}, "p"]], "PP": "s", "Anon": {"Z": 0.5}, "renamed": "r", "Nested": [[null, {"Y": 1}], null]}`,
}

// FuzzAppendWire feeds arbitrary text to the JSON reader of every test
// type: it must not panic, and what it accepts must come back unchanged
// through JSON.
func FuzzAppendWire(f *testing.F) {
	types := namedTypes()
	for i, s := range jsonSeeds {
		f.Add([]byte(s), uint8(i))
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		typ := types[int(which)%len(types)]
		w, err := AppendWire(nil, typ, data)
		if err != nil {
			if _, ok := err.(*PathError); !ok {
				t.Fatalf("error %T %v is not a *PathError", err, err)
			}
			return
		}
		js, err := AppendJSON(nil, typ, w)
		if err != nil {
			t.Fatalf("accepted %s as %x, which does not read back: %v", data, w, err)
		}
		if !json.Valid(js) {
			t.Fatalf("%x wrote invalid JSON %s", w, js)
		}
		w2, err := AppendWire(nil, typ, js)
		if err != nil || !bytes.Equal(w2, w) {
			t.Fatalf("%s -> %x -> %s -> %x, %v", data, w, js, w2, err)
		}
	})
}

// FuzzAppendJSON feeds arbitrary bytes to the wire reader of every test
// type: it must not panic, and the JSON it writes must be a fixed point of
// JSON -> wire -> JSON.
func FuzzAppendJSON(f *testing.F) {
	types := namedTypes()
	for i, s := range jsonSeeds {
		for j, typ := range types {
			if w, err := AppendWire(nil, typ, []byte(s)); err == nil {
				f.Add(w, uint8(j))
			}
		}
		f.Add([]byte(s), uint8(i))
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		typ := types[int(which)%len(types)]
		js, err := AppendJSON(nil, typ, data)
		if err != nil {
			return
		}
		if !json.Valid(js) {
			t.Fatalf("%x wrote invalid JSON %s", data, js)
		}
		w, err := AppendWire(nil, typ, js)
		if err != nil {
			t.Fatalf("%x -> %s, which does not read back: %v", data, js, err)
		}
		js2, err := AppendJSON(nil, typ, w)
		if err != nil || !bytes.Equal(js2, js) {
			t.Fatalf("%x -> %s -> %x -> %s, %v", data, js, w, js2, err)
		}
	})
}

// fuzzMethods are the methods whose bodies FuzzDecodeBody decodes.
func fuzzMethods() []*ir.Method {
	var ms []*ir.Method
	for _, p := range []*ir.Program{testprog.Program(), everyProgram()} {
		for _, e := range p.Entities {
			if e.Constructor != nil {
				ms = append(ms, e.Constructor)
			}
			ms = append(ms, e.Methods...)
		}
	}
	return ms
}

// FuzzDecodeBody decodes arbitrary request bodies as the parameters of
// every test method: no panic, every failure an *stateflow.ArgError, and
// what is accepted comes back unchanged through JSON.
func FuzzDecodeBody(f *testing.F) {
	ms := fuzzMethods()
	for _, s := range []string{``, ` `, `{}`, `{"n": 1}`, `{"id": "a", "price": 2}`, `{"items": ["a", null]}`,
		`{"prefix": "x"}`, `{"prefix": "x", "rest": [1, 2]}`, `{"arg0": 1, "arg1": "s"}`,
		`{"p": {"X": 1}, "f": [[]], "n": {"Kids": []}, "e": {"Code": 3}}`, `{"n": 1, "n": 2}`, `[1]`} {
		for i := range ms {
			f.Add([]byte(s), uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, body []byte, which uint8) {
		m := ms[int(which)%len(ms)]
		w, err := argsToWire(nil, m, body)
		if err != nil {
			if _, ok := err.(*stateflow.ArgError); !ok {
				t.Fatalf("error %T %v is not an *ArgError", err, err)
			}
			return
		}
		js, err := argsToJSON(nil, m, w)
		if err != nil {
			t.Fatalf("accepted %q as %x, which does not read back: %v", body, w, err)
		}
		w2, err := argsToWire(nil, m, js)
		if err != nil || !bytes.Equal(w2, w) {
			t.Fatalf("%q -> %x -> %s -> %x, %v", body, w, js, w2, err)
		}
	})
}

// zeroClient answers every call with the zero values of the method's
// results and every state request with a zero state.
type zeroClient struct{ prog *ir.Program }

func (zeroClient) Create(context.Context, string, []byte) (string, error) { return "k", nil }

func (z zeroClient) Call(_ context.Context, addr stateflow.Address, method string, _ []byte) ([]byte, error) {
	var out []byte
	for _, r := range z.prog.Entity(addr.Entity).Method(method).Results {
		out = appendZero(out, r.Type)
	}
	return out, nil
}

func (z zeroClient) State(_ context.Context, addr stateflow.Address) ([]byte, error) {
	return appendZero(nil, z.prog.Entity(addr.Entity).State), nil
}

// FuzzHandlerBody posts arbitrary bodies to every route of a handler: the
// answer is always JSON, and a success or a 400 (never a server failure).
func FuzzHandlerBody(f *testing.F) {
	prog := everyProgram()
	h := Handler(prog, zeroClient{prog})
	var paths []string
	for _, e := range prog.Entities {
		paths = append(paths, "/v1/"+e.Name)
		for _, m := range e.Methods {
			paths = append(paths, "/v1/"+e.Name+"/k/"+m.Name)
		}
	}
	for i, s := range jsonSeeds {
		f.Add([]byte(s), uint8(i))
	}
	f.Fuzz(func(t *testing.T, body []byte, which uint8) {
		path := paths[int(which)%len(paths)]
		req := httptest.NewRequest("POST", path, bytes.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 && rec.Code != 201 && rec.Code != 400 && rec.Code != 413 {
			t.Fatalf("POST %s %q: status %d %s", path, body, rec.Code, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) || !strings.HasPrefix(rec.Body.String(), "{") {
			t.Fatalf("POST %s %q: answer %s is not a JSON object", path, body, rec.Body)
		}
	})
}
