// Package evalmaplit pins gc's order inside map literals: unlike slice and
// struct literals (calls first, reads after), a map literal's entries are
// evaluated one after the other, so a read before a call sees the value
// from before the call and a read after it the new one.
package evalmaplit

// Target is changed by the call back.
//
//stateflow:entity
type Target struct {
	ID   string
	N    int
	Peer *Helper
}

func (t *Target) Key() string { return t.ID }

// SetPeer sets the helper.
func (t *Target) SetPeer(h *Helper) { t.Peer = h }

// Inc increments N.
func (t *Target) Inc() int {
	t.N++
	return 1
}

// MapLit reads N before and after a call that changes it.
func (t *Target) MapLit() map[string]int {
	return map[string]int{"before": t.N, "call": t.Peer.Bump(), "after": t.N * 10}
}

// Helper calls back.
//
//stateflow:entity
type Helper struct {
	ID string
	T  *Target
}

func (h *Helper) Key() string { return h.ID }

// Bump calls back into the target.
func (h *Helper) Bump() int { return h.T.Inc() }
