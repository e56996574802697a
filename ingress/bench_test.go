package ingress

import (
	"encoding/json"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/internal/testprog"
)

const itemJSON = `{"ID": "jeans", "Price": 10, "Stock": 3, "Tags": ["blue", "denim", "slim"]}`

// basketJSON is a User state with a basket of 1000 references.
var basketJSON = func() string {
	var b strings.Builder
	b.WriteString(`{"ID": "u1", "Balance": 100, "Basket": [`)
	for i := range 1000 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`"item-` + strconv.Itoa(i) + `"`)
	}
	b.WriteString("]}")
	return b.String()
}()

func BenchmarkAppendWireItem(b *testing.B) {
	typ := testprog.Program().Entity("Item").State
	data := []byte(itemJSON)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		var err error
		if buf, err = AppendWire(buf[:0], typ, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnmarshalItem is the yardstick: encoding/json decoding the same
// text into the Go struct.
func BenchmarkUnmarshalItem(b *testing.B) {
	data := []byte(itemJSON)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var it testprog.Item
		if err := json.Unmarshal(data, &it); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAppendJSONItem(b *testing.B) {
	typ := testprog.Program().Entity("Item").State
	w, err := AppendWire(nil, typ, []byte(itemJSON))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		if buf, err = AppendJSON(buf[:0], typ, w); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAppendWireBasket(b *testing.B) {
	typ := testprog.Program().Entity("User").State
	data := []byte(basketJSON)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		var err error
		if buf, err = AppendWire(buf[:0], typ, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAppendJSONBasket(b *testing.B) {
	typ := testprog.Program().Entity("User").State
	w, err := AppendWire(nil, typ, []byte(basketJSON))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(basketJSON)))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		if buf, err = AppendJSON(buf[:0], typ, w); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHandlerCall measures the ingress' own cost of one call: routing,
// body reading, transcoding both ways, metrics and the answer, in front of
// a client that answers at once.
func BenchmarkHandlerCall(b *testing.B) {
	prog := testprog.Program()
	h := Handler(prog, zeroClient{prog})
	body := `{"n": 5}`
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/Item/jeans/Take", strings.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatal(rec.Code, rec.Body)
		}
	}
}
