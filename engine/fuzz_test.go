package engine

import (
	"testing"

	"github.com/stateflow-go/stateflow"
)

func FuzzDecodeEvent(f *testing.F) {
	seeds := []Event{
		sampleEvent(),
		{Kind: Ping},
		{ID: NewID(), Kind: Create, Target: stateflow.Address{Entity: "Item"}, Payload: []byte{10, 'j', 'e', 'a', 'n', 's', 20}},
		{ID: NewID(), Kind: Failed, Target: stateflow.Address{Entity: "Item", Key: "x"}, Method: "Take",
			Payload: AppendFailure(nil, Failure{Code: FailOperation, Message: "not enough stock"})},
	}
	for _, ev := range seeds {
		raw := AppendEvent(nil, &ev)
		f.Add(raw)
		f.Add(raw[:len(raw)/2])
	}
	f.Add([]byte{})
	f.Add([]byte{FormatVersion})
	f.Add([]byte{2, byte(Invoke)})
	f.Fuzz(func(t *testing.T, raw []byte) {
		ev, err := Decode(raw)
		if err != nil {
			if _, ok := err.(*DecodeError); !ok {
				t.Fatalf("error %v is %T, not *DecodeError", err, err)
			}
			return
		}
		again, err := Decode(AppendEvent(nil, &ev))
		if err != nil {
			t.Fatalf("re-encoding a decoded event does not decode: %v", err)
		}
		if !sameEvent(&ev, &again) {
			t.Fatalf("re-encoding changed the event: %+v -> %+v", ev, again)
		}
		if ev.Kind == Failed {
			DecodeFailure(ev.Payload) // must not panic either
		}
	})
}
