package embedded

import (
	"bytes"
	"fmt"

	"github.com/stateflow-go/stateflow/store"
)

// recover checks that the store belongs to the program and queues the
// events of the outbox: events that committed steps produced and no
// committed step consumed. Each runs once; the step that consumes it
// deletes it in its own commit.
func (rt *Runtime) recover() error {
	if err := rt.checkProgram(); err != nil {
		return err
	}
	// The holds of suspended split operations come back before any event
	// runs.
	holds := 0
	err := rt.st.Scan([]byte{holdFamily}, func(k, v []byte) error {
		holds++
		addr, err := holdAddr(k)
		if err != nil {
			return err
		}
		rec, err := decodeHoldRecord(k, v)
		if err != nil {
			return err
		}
		return rt.holds.restore(addr, rec)
	})
	if err != nil {
		return fmt.Errorf("recovering holds: %w", err)
	}
	var n int
	var last uint64
	err = rt.st.Scan([]byte{outboxFamily}, func(k, v []byte) error {
		seq, err := outboxSeq(k)
		if err != nil {
			return err
		}
		it := item{outbox: seq}
		raw := bytes.Clone(v)
		route, err := rt.ingress.Route(raw, &it.ev)
		if err != nil {
			return &store.CorruptError{Where: fmt.Sprintf("outbox event %d", seq), Err: err}
		}
		it.route = route
		rt.pending.Add(1)
		rt.parts[route.Partition].in.pushInternal(it)
		last = max(last, seq)
		n++
		return nil
	})
	if err != nil {
		return fmt.Errorf("recovering pending events: %w", err)
	}
	rt.outSeq.Store(last)
	rt.log.Info("opened", "program", rt.prog.PkgPath, "partitions", len(rt.parts), "pending_events", n, "holds", holds)
	return nil
}

// checkProgram records the program's identity in a new store and checks
// it in an existing one.
func (rt *Runtime) checkProgram() error {
	id := rt.prog.PkgPath
	if id == "" {
		id = rt.prog.Name
	}
	v, ok, err := rt.st.Get(programKey, nil)
	if err != nil {
		return err
	}
	if ok {
		if string(v) != id {
			return fmt.Errorf("the store holds the state of program %q, not of %q", v, id)
		}
		return nil
	}
	var b store.Batch
	b.Set(programKey, []byte(id))
	return rt.st.Apply(&b, true)
}
