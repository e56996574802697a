// Package evalorder pins the gc compiler's evaluation order (all calls of a
// statement first, plain reads after them) where a remote call changes the
// caller's state through a call back: a + f(), []int{a, f()}, m[k] + g(),
// arr[0] + h(), c += f(), arr[i] = f(), append(s, f()).
package evalorder

// Target is changed by the calls back.
//
//stateflow:entity
type Target struct {
	ID   string
	N    int
	I    int
	M    map[string]int
	Arr  [3]int
	L    []int
	Peer *Helper
}

func (t *Target) Key() string { return t.ID }

// SetPeer sets the helper.
func (t *Target) SetPeer(h *Helper) { t.Peer = h }

// Inc changes every field.
func (t *Target) Inc() int {
	t.N++
	if t.M == nil {
		t.M = map[string]int{}
	}
	t.M["k"]++
	t.Arr[0]++
	t.I = (t.I + 1) % 3
	t.L = append(t.L, 9)
	return 1
}

// Order computes expressions whose reads follow their calls.
func (t *Target) Order() []int {
	a := t.N + t.Peer.Bump()
	s := []int{t.N, t.Peer.Bump()}
	m := t.M["k"] + t.Peer.Bump()
	r := t.Arr[0] + t.Peer.Bump()
	t.N += t.Peer.Bump()
	return append(s, a, m, r, t.N)
}

// Assign assigns through indices and appends that the call changes.
func (t *Target) Assign() []int {
	t.Arr[t.I] = t.Peer.Bump() * 7
	t.L = append(t.L, t.Peer.Bump()*5)
	return []int{t.I, t.Arr[0], t.Arr[1], t.Arr[2], len(t.L), t.L[len(t.L)-1]}
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
