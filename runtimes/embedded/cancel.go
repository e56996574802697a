package embedded

import (
	"context"
	"encoding/hex"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
)

// ErrNotWaiting reports that Cancel was given a chain with no call parked
// for a held entity; it matches stateflow.ErrNotFound too.
var ErrNotWaiting = fmt.Errorf("embedded: the chain has no call waiting for a held entity: %w", stateflow.ErrNotFound)

// CanceledError is the failure a canceled call answers its caller with.
type CanceledError struct {
	// Chain is the ID of the canceled chain, in hex.
	Chain string
	// Call is the call that was waiting, as "Entity/key.Method".
	Call string
	// Holder is the chain holding the entity the call waited for, in hex.
	Holder string
}

func (e *CanceledError) Error() string {
	return fmt.Sprintf("canceled by an administrator: chain %s's call %s waited for chain %s", e.Chain, e.Call, e.Holder)
}

// Cancel fails the call of chain (an ID as Holds shows it, in hex) that
// waits for an entity held by another chain: the call is refused without
// running, and its caller gets a *CanceledError as the call's failure, like
// the failure that breaks a deadlock; the caller's operation goes on with
// that error (or its client gets it), and the holds of the chain are
// released when its operations end. The refusal commits like a step: in a
// group commit, with the deletion of the call's stored event. Cancel
// returns once the refusal is queued; a chain that is not waiting is
// ErrNotWaiting.
func (rt *Runtime) Cancel(ctx context.Context, chain string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var id engine.ID
	if b, err := hex.DecodeString(chain); err != nil || len(b) != len(id) {
		return fmt.Errorf("embedded: cancel: chain %q is not a chain ID (%d hex digits): %w", chain, 2*len(id), stateflow.ErrBadRequest)
	} else {
		copy(id[:], b)
	}
	if err := rt.failure(); err != nil {
		return err
	}
	it, err := rt.holds.cancel(id)
	if err != nil {
		return fmt.Errorf("embedded: cancel chain %s: %w", chain, err)
	}
	rt.parts[it.route.Partition].in.pushReady(it)
	return nil
}

// cancel takes the event parked by chain out of locks and returns it marked
// to be refused. The chain's own holds stay as they were.
func (h *holds) cancel(chain engine.ID) (item, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	it, ok := h.parked[chain]
	if !ok {
		return item{}, ErrNotWaiting
	}
	holder := ""
	for _, hi := range h.locks.Holds() {
		if hi.Entity == it.ev.Target {
			holder = hi.Chain.String()
		}
	}
	if _, ok := h.locks.Withdraw(chain); !ok {
		return item{}, ErrNotWaiting
	}
	delete(h.parked, chain)
	it.cancel = &CanceledError{Chain: chain.String(), Call: fmt.Sprintf("%s.%s", it.ev.Target, it.ev.Method), Holder: holder}
	return it, nil
}
