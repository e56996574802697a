package stateflowtest

import (
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/wire"
)

// The encodings of testprog's arguments and results, written with package
// wire as generated code writes them.

func newItemArgs(id string, price int) []byte {
	return wire.AppendInt(wire.AppendString(nil, id), int64(price))
}

func intArg(n int) []byte { return wire.AppendInt(nil, int64(n)) }

// refsArg encodes a []*Item of the given keys; "" stands for nil.
func refsArg(keys ...string) []byte {
	b := wire.AppendLen(nil, len(keys), false)
	for _, k := range keys {
		b = wire.AppendRef(b, k, k == "")
	}
	return b
}

// refs turns keys into the plain-Go []*Item that refsArg encodes.
func refs(keys ...string) []*testprog.Item {
	out := make([]*testprog.Item, len(keys))
	for i, k := range keys {
		if k != "" {
			out[i] = &testprog.Item{ID: k}
		}
	}
	return out
}

func decodeInt(b []byte) (int, error) {
	d := wire.NewDecoder(b)
	v := int(d.Int())
	return v, d.Finish()
}

func decodeBool(b []byte) (bool, error) {
	d := wire.NewDecoder(b)
	v := d.Bool()
	return v, d.Finish()
}

func decodeRef(b []byte) (key string, isNil bool, err error) {
	d := wire.NewDecoder(b)
	key, isNil = d.Ref()
	return key, isNil, d.Finish()
}

func decodeIntStrings(b []byte) (int, []string, error) {
	d := wire.NewDecoder(b)
	n := int(d.Int())
	var ss []string
	if l, isNil := d.Len(1); !isNil {
		ss = make([]string, l)
		for i := range ss {
			ss[i] = d.String()
		}
	}
	return n, ss, d.Finish()
}
