package bank_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"pgregory.net/rapid"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/examples/bank"
	"github.com/stateflow-go/stateflow/stateflowtest"
)

// TestBankMatchesPlainGo runs random transfers and sweeps on plain Go
// accounts and through the local runtime, and requires equal results, error
// messages and balances after every step.
func TestBankMatchesPlainGo(t *testing.T) {
	ctx := context.Background()
	ids := []string{"a", "b", "c"}
	rapid.Check(t, func(rt *rapid.T) {
		c := stateflowtest.NewLocal(t, bank.StateflowProgram())
		plain := map[string]*bank.Account{}
		for _, id := range ids {
			balance := rapid.IntRange(0, 50).Draw(rt, "balance "+id)
			a, err := bank.NewAccount(id, "owner "+id, balance)
			if err != nil {
				rt.Fatal(err)
			}
			plain[id] = a
			if _, err := bank.CreateAccount(ctx, c, id, "owner "+id, balance); err != nil {
				rt.Fatal(err)
			}
		}
		pick := rapid.SampledFrom(ids)
		sameErr := func(what string, want, got error) {
			switch {
			case want == nil && got == nil:
			case want == nil || got == nil:
				rt.Fatalf("%s: plain Go error %v, runtime error %v", what, want, got)
			default:
				var op *stateflow.OpError
				if !errors.As(got, &op) || op.Message != want.Error() {
					rt.Fatalf("%s: plain Go error %q, runtime %v", what, want, got)
				}
			}
		}
		rt.Repeat(map[string]func(*rapid.T){
			"Transfer": func(rt *rapid.T) {
				from, to, amount := pick.Draw(rt, "from"), pick.Draw(rt, "to"), rapid.IntRange(-5, 60).Draw(rt, "amount")
				want := plain[from].Transfer(plain[to], amount)
				got := bank.NewAccountRef(c, from).Transfer(ctx, bank.NewAccountRef(c, to), amount)
				sameErr(fmt.Sprintf("Transfer(%s->%s, %d)", from, to, amount), want, got)
			},
			"Sweep": func(rt *rapid.T) {
				into, max := pick.Draw(rt, "into"), rapid.IntRange(0, 30).Draw(rt, "max")
				var fromPlain []*bank.Account
				var fromRefs []bank.AccountRef
				for _, id := range rapid.SliceOfN(pick, 0, 4).Draw(rt, "from") {
					fromPlain = append(fromPlain, plain[id])
					fromRefs = append(fromRefs, bank.NewAccountRef(c, id))
				}
				want := plain[into].Sweep(fromPlain, max)
				got, err := bank.NewAccountRef(c, into).Sweep(ctx, fromRefs, max)
				if err != nil || got != want {
					rt.Fatalf("Sweep into %s: plain Go %d, runtime %d, %v", into, want, got, err)
				}
			},
			"": func(rt *rapid.T) {
				for _, id := range ids {
					s, err := bank.NewAccountRef(c, id).State(ctx)
					if err != nil || *s != *plain[id] {
						rt.Fatalf("account %s: plain Go %+v, runtime %+v, %v", id, plain[id], s, err)
					}
				}
			},
		})
	})
}

// TestConcurrentTransfersKeepTheTotal runs transfers from many goroutines at
// once: per-entity exclusivity keeps every balance consistent.
func TestConcurrentTransfersKeepTheTotal(t *testing.T) {
	ctx := context.Background()
	c := stateflowtest.NewLocal(t, bank.StateflowProgram())
	const accounts, each = 5, 100
	refs := make([]bank.AccountRef, accounts)
	for i := range refs {
		var err error
		if refs[i], err = bank.CreateAccount(ctx, c, fmt.Sprint("acc", i), "owner", each); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 40 {
				from, to := refs[(g+i)%accounts], refs[(g+2*i+1)%accounts]
				_ = from.Transfer(ctx, to, 1+i%7) // failures (same account, no funds) change nothing
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, r := range refs {
		s, err := r.State(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if s.Balance < 0 {
			t.Errorf("%s has a negative balance %d", r.Key(), s.Balance)
		}
		total += s.Balance
	}
	if total != accounts*each {
		t.Fatalf("total balance %d, want %d", total, accounts*each)
	}
}
