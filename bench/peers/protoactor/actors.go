package protoactor

import (
	"fmt"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/stateflow-go/stateflow/bench/peers/internal/blob"
)

// Messages understood by the entity actor. Each is answered with the
// type named in its comment.
type (
	// set resets the entity's value (replied with reply).
	set struct{ value int64 }
	// add adds delta to the value (reply with the new value).
	add struct{ delta int64 }
	// get reads the value (reply).
	get struct{}
	// withdraw takes amount when the value holds it (reply, ok false when
	// it does not).
	withdraw struct{ amount int64 }
	// setBlob resets the blob state (reply).
	setBlob struct{ size int }
	// touch touches the blob state (reply with the checksum).
	touch struct{}
)

// reply answers every message.
type reply struct {
	value int64
	ok    bool
	err   error
}

// entity is one counter, account or blob; the actor runs one message at a
// time, which is all the exclusivity the workloads need.
type entity struct {
	value int64
	blob  []byte
}

// Receive handles one message.
func (e *entity) Receive(c actor.Context) {
	switch m := c.Message().(type) {
	case set:
		e.value = m.value
		c.Respond(reply{value: e.value, ok: true})
	case add:
		e.value += m.delta
		c.Respond(reply{value: e.value, ok: true})
	case get:
		c.Respond(reply{value: e.value, ok: true})
	case withdraw:
		if e.value < m.amount {
			c.Respond(reply{value: e.value})
			return
		}
		e.value -= m.amount
		c.Respond(reply{value: e.value, ok: true})
	case setBlob:
		st, err := blob.New(m.size)
		if err == nil {
			e.blob = st
		}
		c.Respond(reply{ok: err == nil, err: err})
	case touch:
		if e.blob == nil {
			c.Respond(reply{err: fmt.Errorf("entity holds no blob")})
			return
		}
		sum, err := blob.Touch(e.blob)
		c.Respond(reply{value: sum, ok: err == nil, err: err})
	}
}
