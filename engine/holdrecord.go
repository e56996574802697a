package engine

import (
	"errors"

	"github.com/stateflow-go/stateflow/wire"
)

// HoldRecord is how a durable runtime stores the hold a chain has on an
// entity (see Locks): the chain, how many of its split operations on the
// entity are suspended, and the name of the first one, for messages.
type HoldRecord struct {
	Chain  ID
	Count  int
	Method string
}

// AppendHoldRecord appends the encoding of r: the chain's ID (16 bytes),
// the count (uvarint) and the method (string).
func AppendHoldRecord(dst []byte, r *HoldRecord) []byte {
	dst = append(dst, r.Chain[:]...)
	dst = wire.AppendUint(dst, uint64(r.Count))
	return wire.AppendString(dst, r.Method)
}

// DecodeHoldRecord decodes a hold record; the error says what is wrong
// with it, for the caller to name where it was stored.
func DecodeHoldRecord(b []byte) (HoldRecord, error) {
	var r HoldRecord
	if len(b) < len(r.Chain) {
		return r, errors.New("shorter than a chain ID")
	}
	copy(r.Chain[:], b)
	d := wire.NewDecoder(b[len(r.Chain):])
	r.Count = int(d.UintN(31))
	r.Method = d.String()
	if err := d.Finish(); err != nil {
		return r, err
	}
	if r.Count <= 0 {
		return r, errors.New("count 0")
	}
	return r, nil
}

// Change returns r after a step of ev's chain changed its hold on ev's
// target by h: HoldAcquire counts one more suspended operation (naming
// ev's method when it takes the entity), HoldRelease one less. A record
// whose Count drops to 0 is no hold any more.
func (r HoldRecord) Change(ev *Event, h HoldChange) HoldRecord {
	switch h {
	case HoldAcquire:
		if r.Count == 0 {
			r = HoldRecord{Chain: ev.ID, Method: ev.Method}
		}
		r.Count++
	case HoldRelease:
		r.Count--
	}
	return r
}
