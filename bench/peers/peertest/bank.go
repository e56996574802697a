package peertest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/bench/system"
)

// RunBank checks b: a transfer larger than the balance is refused and moves
// nothing, and after concurrent transfers in both directions between the
// same accounts the total is unchanged and no balance is negative.
func RunBank(t *testing.T, b system.Bank) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	const naccts, balance, workers, transfers = 6, 100, 16, 20
	keys := make([]string, naccts)
	for i := range keys {
		keys[i] = fmt.Sprintf("a%d", i)
	}
	if err := b.OpenAccounts(ctx, keys, balance); err != nil {
		t.Fatalf("OpenAccounts: %v", err)
	}
	ok, err := b.Transfer(ctx, keys[0], keys[1], balance+1)
	if err != nil || ok {
		t.Fatalf("Transfer of more than the balance = %v, %v; want false, nil", ok, err)
	}
	ok, err = b.Transfer(ctx, keys[0], keys[1], 10)
	if err != nil || !ok {
		t.Fatalf("Transfer(a0, a1, 10) = %v, %v; want true, nil", ok, err)
	}
	for i, want := range []int64{balance - 10, balance + 10} {
		if got, err := b.Balance(ctx, keys[i]); err != nil || got != want {
			t.Fatalf("Balance(%s) = %d, %v; want %d", keys[i], got, err, want)
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	refused := 0
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < transfers; i++ {
				from := keys[(w+i)%naccts]
				to := keys[(w+2*i+1)%naccts]
				amount := int64(1 + (w*7+i*13)%150)
				ok, err := b.Transfer(ctx, from, to, amount)
				if err != nil {
					errs <- fmt.Errorf("Transfer(%s, %s, %d): %w", from, to, amount, err)
					return
				}
				if !ok {
					mu.Lock()
					refused++
					mu.Unlock()
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var total int64
	for _, k := range keys {
		v, err := b.Balance(ctx, k)
		if err != nil {
			t.Fatalf("Balance(%s): %v", k, err)
		}
		if v < 0 {
			t.Errorf("Balance(%s) = %d, negative", k, v)
		}
		total += v
	}
	if total != naccts*balance {
		t.Errorf("total = %d after transfers, want %d", total, naccts*balance)
	}
	if refused == 0 {
		t.Logf("no transfer was refused; the refusal path ran only once")
	}
}
