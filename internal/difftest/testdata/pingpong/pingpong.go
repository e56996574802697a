// Package pingpong recurses across two entities: Ping.F(n) calls Pong.G(n-1),
// which calls Ping.F(n-2) and so on: calls that come back to an entity
// within the call chain that holds it.
package pingpong

// Ping plays.
//
//stateflow:entity
type Ping struct {
	ID   string
	Peer *Pong
	Hits int
}

func (p *Ping) Key() string { return p.ID }

// SetPeer sets the partner.
func (p *Ping) SetPeer(q *Pong) { p.Peer = q }

// F returns n + G(n-1).
func (p *Ping) F(n int) int {
	p.Hits++
	trace("ping %d", n)
	if n <= 0 {
		return 0
	}
	return n + p.Peer.G(n-1)
}

// Pong plays back.
//
//stateflow:entity
type Pong struct {
	ID   string
	Peer *Ping
	Hits int
}

func (q *Pong) Key() string { return q.ID }

// G returns 10n + F(n-1).
func (q *Pong) G(n int) int {
	q.Hits++
	if n <= 0 {
		return 1
	}
	return n*10 + q.Peer.F(n-1)
}
