package ingress

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/internal/codecbench"
	"github.com/stateflow-go/stateflow/runtimes/local"
	"pgregory.net/rapid"
)

// The tests in this file check the transcoder against code written by
// stateflow gen (package codecbench's Catalog: nested structs, maps, times,
// floats): its JSON must be what encoding/json writes for the Go value, and
// the generated decoder must read what AppendWire writes.

// TestGeneratedStateMatchesEncodingJSON compares the JSON of generated
// encodings with encoding/json on the same Go values, and reads
// encoding/json's text back through the generated decoder.
func TestGeneratedStateMatchesEncodingJSON(t *testing.T) {
	e := codecbench.StateflowProgram().Entity("Catalog")
	rapid.Check(t, func(t *rapid.T) {
		c := codecbench.NewCatalog("c", rapid.IntRange(0, 5).Draw(t, "n"), rapid.Uint64().Draw(t, "seed"))
		st := e.EncodeState(nil, c)
		got, err := AppendJSON(nil, e.State, st)
		if err != nil {
			t.Fatalf("AppendJSON: %v", err)
		}
		want, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		if !sameJSON(t, got, want) {
			t.Fatalf("transcoded:    %s\nencoding/json: %s", got, want)
		}
		back, err := AppendWire(nil, e.State, want)
		if err != nil {
			t.Fatalf("AppendWire(encoding/json's text): %v", err)
		}
		v, err := e.DecodeState(back)
		if err != nil {
			t.Fatalf("the generated decoder rejects %x: %v", back, err)
		}
		if !sameCatalog(v.(*codecbench.Catalog), c) {
			t.Fatalf("decoded %+v, want %+v", v, c)
		}
	})
}

// sameCatalog compares catalogs, times by instant.
func sameCatalog(a, b *codecbench.Catalog) bool {
	if len(a.Products) != len(b.Products) {
		return false
	}
	for i := range a.Products {
		if !a.Products[i].Updated.Equal(b.Products[i].Updated) {
			return false
		}
		a.Products[i].Updated, b.Products[i].Updated = time.Time{}, time.Time{}
	}
	return reflect.DeepEqual(a, b)
}

// TestGeneratedOverHTTP creates and calls a generated entity over HTTP on
// the local runtime.
func TestGeneratedOverHTTP(t *testing.T) {
	prog := codecbench.StateflowProgram()
	rt := local.New(prog)
	defer rt.Close()
	h := Handler(prog, rt)
	if rec := serve(h, request{"POST", "/v1/Catalog", `{"id": "c1", "n": 2, "seed": 7}`, nil}); rec.Code != 201 {
		t.Fatalf("create: %d %s", rec.Code, rec.Body)
	}
	product := `{"SKU": "new", "Name": "hat", "Price": 5, "Weight": 0.25, "Tags": ["a"], "Attrs": {"size": "L"}, "Updated": "2024-05-01T10:00:00+02:00"}`
	if rec := serve(h, request{"POST", "/v1/Catalog/c1/Add", `{"p": ` + product + `}`, nil}); rec.Code != 200 || rec.Body.String() != "{\"result\":3}\n" {
		t.Fatalf("Add: %d %s", rec.Code, rec.Body)
	}
	rec := serve(h, request{"GET", "/v1/Catalog/c1", "", nil})
	if rec.Code != 200 {
		t.Fatalf("state: %d %s", rec.Code, rec.Body)
	}
	want := codecbench.NewCatalog("c1", 2, 7)
	var p codecbench.Product
	if err := json.Unmarshal([]byte(product), &p); err != nil {
		t.Fatal(err)
	}
	want.Add(p)
	var got codecbench.Catalog
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !sameCatalog(&got, want) {
		t.Errorf("state %s, want %+v", rec.Body, want)
	}
	if !bytes.Contains(rec.Body.Bytes(), []byte(`"Updated":"2024-05-01T10:00:00+02:00"`)) {
		t.Errorf("the time's offset is not kept: %s", rec.Body)
	}
	rec = serve(h, request{"POST", "/v1/Catalog/c1/Record", `{"e": {"SKU": "new", "Delta": 1.5}}`, nil})
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "parameter e.Delta: want integer, got 1.5") {
		t.Errorf("bad nested field: %d %s", rec.Code, rec.Body)
	}
}
