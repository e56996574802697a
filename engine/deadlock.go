package engine

import (
	"strings"

	"github.com/stateflow-go/stateflow"
)

// DeadlockError reports that an event could not wait for its target
// without closing a cycle of call chains waiting for each other. Locks.Admit
// returns it; the runtime refuses the event (Outcome.Refuse), whose caller
// then fails like after any callee failure, releasing its holds, so the
// other chains of the cycle go on.
type DeadlockError struct {
	// Cycle lists the waits around the cycle, starting with the refused
	// event's; the last link's Holder is the first link's Chain.
	Cycle []WaitLink
}

// WaitLink is one wait of a deadlock cycle: Chain's event Call waits for
// Entity, which Holder holds for the operation HeldBy.
type WaitLink struct {
	Chain  ID
	Call   string // the waiting event, e.g. "Account/b.Deposit"
	Entity stateflow.Address
	Holder ID
	HeldBy string // the operation holding Entity, e.g. "Account/b.Embrace"
}

// Error names every chain and entity of the cycle, for example
//
//	deadlock: chain 1f2e3d4c calls Account/b.Deposit, which waits for
//	Account/b held by Account/b.Embrace of chain 5a6b7c8d; chain 5a6b7c8d
//	calls Account/a.Deposit, which waits for Account/a held by
//	Account/a.Embrace of chain 1f2e3d4c
//
// (on one line).
func (e *DeadlockError) Error() string {
	var b strings.Builder
	b.WriteString("deadlock: ")
	for i, l := range e.Cycle {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString("chain ")
		b.WriteString(l.Chain.Short())
		b.WriteString(" calls ")
		b.WriteString(l.Call)
		b.WriteString(", which waits for ")
		b.WriteString(l.Entity.String())
		b.WriteString(" held by ")
		b.WriteString(l.HeldBy)
		b.WriteString(" of chain ")
		b.WriteString(l.Holder.Short())
	}
	return b.String()
}

// describe renders what an event asks for, for deadlock messages.
func describe(ev *Event) string {
	if ev.Method == "" {
		return ev.Kind.String() + " " + ev.Target.String()
	}
	return ev.Target.String() + "." + ev.Method
}
