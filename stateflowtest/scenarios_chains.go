package stateflowtest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/stateflow-go/stateflow"
)

// Scenarios of concurrent call chains: per-entity exclusivity, deadlock
// detection and the bank-transfer invariant.

// chainTimeout bounds the wait for a scenario's concurrent calls: a runtime
// that leaves a chain hanging fails instead of blocking the suite.
const chainTimeout = 60 * time.Second

// embraceSpins bounds how often Embrace reads the other account's flag.
const embraceSpins = 1 << 20

func testDeadlock(e *env) {
	e.createAccount("a", 50)
	e.createAccount("b", 20)
	ctx, cancel := context.WithTimeout(e.ctx, chainTimeout)
	defer cancel()

	// Chain 1 holds a and reads b's flag until chain 2 holds b.
	first := stateflow.Go(func() ([]byte, error) {
		return e.c.Call(ctx, accountAddr("a"), "Embrace", refIntArgs("b", embraceSpins))
	})
	for !e.account("a").Busy {
		select {
		case <-first.Done():
			_, err := first.Get(ctx)
			e.Fatalf("a.Embrace(b) ended alone: %v", err)
		case <-ctx.Done():
			e.Fatalf("a.Embrace(b) never marked a busy")
		case <-time.After(time.Millisecond):
		}
	}
	// a is held: a readonly operation and a state request do not wait.
	rich, err := e.c.Call(ctx, accountAddr("a"), "Richer", refArg("b"))
	if got, derr := decodeBool(rich); err != nil || derr != nil || !got {
		e.Errorf("a.Richer(b) while a is held = %v (%v, %v), want true", got, err, derr)
	}
	// Chain 2 holds b and calls a, while chain 1 calls b: a cycle.
	second := stateflow.Go(func() ([]byte, error) {
		return e.c.Call(ctx, accountAddr("b"), "Embrace", refIntArgs("a", embraceSpins))
	})
	res1, err1 := first.Get(ctx)
	res2, err2 := second.Get(ctx)
	if ctx.Err() != nil {
		e.Fatalf("the embracing chains hang: %v / %v", err1, err2)
	}
	type side struct {
		key, other string
		res        []byte
		err        error
	}
	sides := []side{{"a", "b", res1, err1}, {"b", "a", res2, err2}}
	if (err1 == nil) == (err2 == nil) {
		e.Fatalf("a.Embrace(b): %v; b.Embrace(a): %v; want exactly one to fail with a deadlock", err1, err2)
	}
	winner, loser := sides[0], sides[1]
	if err1 != nil {
		winner, loser = sides[1], sides[0]
	}
	if !isDeadlock(loser.err) {
		e.Fatalf("%s.Embrace: %v, want a deadlock failure", loser.key, loser.err)
	}
	if oe := asOpError(loser.err); oe == nil || oe.Entity != "Account" || oe.Key != loser.key || oe.Method != "Embrace" {
		e.Errorf("deadlock failure %#v does not name %s.Embrace", loser.err, accountAddr(loser.key))
	}
	for _, name := range []string{"Account/a", "Account/b", "Embrace", "Deposit"} {
		if !strings.Contains(loser.err.Error(), name) {
			e.Errorf("deadlock error %q does not name %s", loser.err, name)
		}
	}
	// The winner deposited 1 into the loser and finished; the loser's first
	// step (Busy) stays committed, its failed step changed nothing.
	balance := map[string]int{"a": 50, "b": 20}
	n, err := decodeInt(winner.res)
	if want := balance[loser.key] + 1; err != nil || n != want {
		e.Errorf("%s.Embrace = %d (%v), want %d", winner.key, n, err, want)
	}
	w, l := e.account(winner.key), e.account(loser.key)
	if w.Busy || w.Balance != balance[winner.key] || !l.Busy || l.Balance != balance[loser.key]+1 {
		e.Errorf("after the deadlock: winner %+v, loser %+v", w, l)
	}
}

func testConcurrentTransfers(e *env) {
	const (
		accounts = 5
		initial  = 100
		workers  = 4
		perChain = 25
	)
	keys := make([]string, accounts)
	for i := range keys {
		keys[i] = fmt.Sprintf("acct%d", i)
		e.createAccount(keys[i], initial)
	}
	type transfer struct {
		from, to, amount int
		err              error
	}
	ctx, cancel := context.WithTimeout(e.ctx, chainTimeout)
	defer cancel()
	done := make([][]transfer, workers)
	var wg sync.WaitGroup
	for w := range workers {
		rng := rand.New(rand.NewPCG(uint64(w), 7))
		wg.Go(func() {
			for range perChain {
				t := transfer{from: rng.IntN(accounts), to: rng.IntN(accounts), amount: 1 + rng.IntN(60)}
				_, t.err = e.c.Call(ctx, accountAddr(keys[t.from]), "Transfer", refIntArgs(keys[t.to], t.amount))
				done[w] = append(done[w], t)
			}
		})
	}
	wg.Wait()
	if ctx.Err() != nil {
		e.Fatalf("concurrent transfers hang")
	}
	// Every transfer succeeded, was refused for lack of funds, or was broken
	// by a deadlock; the balances are the initial ones plus exactly the
	// successful transfers, so the total is kept and money is never lost.
	want := make([]int, accounts)
	for i := range want {
		want[i] = initial
	}
	var ok, deadlocks int
	for _, ts := range done {
		for _, t := range ts {
			switch {
			case t.err == nil:
				want[t.from] -= t.amount
				want[t.to] += t.amount
				ok++
			case isDeadlock(t.err):
				deadlocks++
			case !strings.Contains(t.err.Error(), "insufficient funds"):
				e.Errorf("Transfer %s -> %s of %d: %v", keys[t.from], keys[t.to], t.amount, t.err)
			}
		}
	}
	total := 0
	for i, k := range keys {
		got := e.account(k)
		total += got.Balance
		if got.Balance != want[i] || got.Balance < 0 || got.Busy {
			e.Errorf("%s = %+v, want balance %d", k, got, want[i])
		}
	}
	if total != accounts*initial {
		e.Errorf("total balance %d, want %d", total, accounts*initial)
	}
	if ok == 0 {
		e.Errorf("no transfer succeeded (%d deadlocks)", deadlocks)
	}
}
