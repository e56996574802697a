package codecbench

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/fxamacker/cbor/v2"

	"github.com/stateflow-go/stateflow/wire"
)

// sizes are the catalogs of the state benchmarks: about 50 KB and 5 MB in the
// binary encoding.
var sizes = []struct {
	name     string
	products int
}{
	{"50KB", 450},
	{"5MB", 45000},
}

// cborMode encodes deterministically (sorted map keys, as the generated
// codec and encoding/json do) and keeps times exact.
var cborMode = func() cbor.EncMode {
	opts := cbor.CoreDetEncOptions()
	opts.Time = cbor.TimeRFC3339Nano
	m, err := opts.EncMode()
	if err != nil {
		panic(err)
	}
	return m
}()

// roundTrip is one codec: it encodes v and decodes the bytes into out.
type roundTrip struct {
	name string
	run  func(v, out any) ([]byte, error)
}

var codecs = []roundTrip{
	{"json", func(v, out any) ([]byte, error) {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		return b, json.Unmarshal(b, out)
	}},
	{"gob", func(v, out any) ([]byte, error) {
		// A fresh encoder per value: each state is stored on its own, so
		// every encoding carries gob's type description.
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(v); err != nil {
			return nil, err
		}
		b := buf.Bytes()
		return b, gob.NewDecoder(bytes.NewReader(b)).Decode(out)
	}},
	{"cbor", func(v, out any) ([]byte, error) {
		b, err := cborMode.Marshal(v)
		if err != nil {
			return nil, err
		}
		return b, cbor.Unmarshal(b, out)
	}},
}

// wireState is the generated codec through the entity's hooks, as a
// runtime calls it.
func wireState(v *Catalog) ([]byte, *Catalog, error) {
	e := StateflowProgram().Entity("Catalog")
	b := e.EncodeState(nil, v)
	out, err := e.DecodeState(b)
	if err != nil {
		return nil, nil, err
	}
	return b, out.(*Catalog), nil
}

// wireEvent is the generated codec of Event.
func wireEvent(v *Event) ([]byte, *Event, error) {
	b := sfEncEvent(nil, v)
	d := wire.NewDecoder(b)
	out := new(Event)
	sfDecEvent(&d, out)
	return b, out, d.Finish()
}

// TestCodecsRoundTrip checks that every codec of the comparison gives back
// the value it encoded, so that they are compared on equal work.
func TestCodecsRoundTrip(t *testing.T) {
	c := NewCatalog("c", 50, 1)
	ev := NewEvent()
	b, gotC, err := wireState(c)
	if err != nil || !reflect.DeepEqual(gotC, c) {
		t.Errorf("wire: catalog differs after a round trip (%v)", err)
	}
	if again, _, _ := wireState(gotC); !bytes.Equal(again, b) {
		t.Error("wire: encoding is not deterministic")
	}
	if _, gotE, err := wireEvent(&ev); err != nil || *gotE != ev {
		t.Errorf("wire: event = %+v, %v", gotE, err)
	}
	for _, codec := range codecs {
		var outC Catalog
		if _, err := codec.run(c, &outC); err != nil || !reflect.DeepEqual(&outC, c) {
			t.Errorf("%s: catalog differs after a round trip (%v)", codec.name, err)
		}
		var outE Event
		if _, err := codec.run(&ev, &outE); err != nil || outE != ev {
			t.Errorf("%s: event = %+v, %v", codec.name, outE, err)
		}
	}
}

// TestStateSizes checks that the benchmark states have the sizes their names
// say, within 20%.
func TestStateSizes(t *testing.T) {
	for _, s := range sizes {
		b, _, err := wireState(NewCatalog(s.name, s.products, 1))
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]float64{"50KB": 50e3, "5MB": 5e6}[s.name]
		if r := float64(len(b)) / want; r < 0.8 || r > 1.2 {
			t.Errorf("state %s encodes to %d bytes", s.name, len(b))
		}
	}
}

// BenchmarkState encodes and decodes a catalog state with each codec.
func BenchmarkState(b *testing.B) {
	for _, s := range sizes {
		c := NewCatalog(s.name, s.products, 1)
		b.Run(s.name+"/wire", func(b *testing.B) {
			var n int
			for b.Loop() {
				enc, _, err := wireState(c)
				if err != nil {
					b.Fatal(err)
				}
				n = len(enc)
			}
			b.ReportMetric(float64(n), "bytes")
		})
		for _, codec := range codecs {
			b.Run(s.name+"/"+codec.name, func(b *testing.B) {
				var n int
				for b.Loop() {
					var out Catalog
					enc, err := codec.run(c, &out)
					if err != nil {
						b.Fatal(err)
					}
					n = len(enc)
				}
				b.ReportMetric(float64(n), "bytes")
			})
		}
	}
}

// BenchmarkEvent encodes and decodes an event-sized value with each codec.
func BenchmarkEvent(b *testing.B) {
	ev := NewEvent()
	b.Run("wire", func(b *testing.B) {
		var n int
		for b.Loop() {
			enc, _, err := wireEvent(&ev)
			if err != nil {
				b.Fatal(err)
			}
			n = len(enc)
		}
		b.ReportMetric(float64(n), "bytes")
	})
	for _, codec := range codecs {
		b.Run(codec.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				var out Event
				enc, err := codec.run(&ev, &out)
				if err != nil {
					b.Fatal(err)
				}
				n = len(enc)
			}
			b.ReportMetric(float64(n), "bytes")
		})
	}
}
