package kafka

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/examples/bank"
)

// bankLoad runs Account.Transfer calls from conc goroutines over accounts
// until stop is closed. Every transfer has an idempotency key of its own
// and is sent again with that key until it gets an answer, whatever
// faults happen meanwhile; the load keeps the answers.
type bankLoad struct {
	c        stateflow.Client
	accounts []string
	initial  int

	mu       sync.Mutex
	moved    []int // net amount each account received in acknowledged transfers
	ok       int
	refused  int
	retries  atomic.Int64
	attempts atomic.Int64
}

func newBankLoad(t testing.TB, c stateflow.Client, n, initial int) *bankLoad {
	t.Helper()
	l := &bankLoad{c: c, initial: initial, moved: make([]int, n)}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for i := range n {
		key := fmt.Sprintf("acct%d", i)
		if _, err := bank.CreateAccount(ctx, c, key, "owner", initial); err != nil {
			t.Fatalf("creating %s: %v", key, err)
		}
		l.accounts = append(l.accounts, key)
	}
	return l
}

// run sends transfers from conc goroutines until stop is closed.
func (l *bankLoad) run(t testing.TB, conc int, stop <-chan struct{}) {
	var wg sync.WaitGroup
	for g := range conc {
		rng := rand.New(rand.NewPCG(uint64(g), uint64(time.Now().UnixNano())))
		wg.Go(func() {
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				from := rng.IntN(len(l.accounts))
				to := (from + 1 + rng.IntN(len(l.accounts)-1)) % len(l.accounts)
				amount := 1 + rng.IntN(50)
				key := fmt.Sprintf("transfer-%d-%d-%d", g, n, rng.Uint64())
				if err := l.transfer(key, from, to, amount); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}

// transfer sends one transfer until it gets a definite answer.
func (l *bankLoad) transfer(key string, from, to, amount int) error {
	deadline := time.Now().Add(90 * time.Second)
	for attempt := 0; ; attempt++ {
		l.attempts.Add(1)
		if attempt > 0 {
			l.retries.Add(1)
		}
		ctx, cancel := context.WithTimeout(stateflow.WithIdempotencyKey(context.Background(), key), 3*time.Second)
		err := bank.NewAccountRef(l.c, l.accounts[from]).Transfer(ctx, bank.NewAccountRef(l.c, l.accounts[to]), amount)
		cancel()
		var oe *stateflow.OpError
		switch {
		case err == nil:
			l.mu.Lock()
			l.ok++
			l.moved[from] -= amount
			l.moved[to] += amount
			l.mu.Unlock()
			return nil
		case errors.As(err, &oe):
			// Insufficient funds or a broken deadlock: nothing moved.
			l.mu.Lock()
			l.refused++
			l.mu.Unlock()
			return nil
		case time.Now().After(deadline):
			return fmt.Errorf("transfer %s got no answer in 90 s: %v", key, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// check requires every account to hold its initial balance plus exactly
// the acknowledged transfers, and the total to be unchanged.
func (l *bankLoad) check(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	total := 0
	for i, key := range l.accounts {
		var acc *bank.Account
		var err error
		for range 50 {
			if acc, err = bank.NewAccountRef(l.c, key).State(ctx); err == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("reading %s: %v", key, err)
		}
		total += acc.Balance
		if want := l.initial + l.moved[i]; acc.Balance != want {
			t.Errorf("%s holds %d, want %d (initial %d, net acknowledged transfers %+d)", key, acc.Balance, want, l.initial, l.moved[i])
		}
	}
	if want := l.initial * len(l.accounts); total != want {
		t.Errorf("total balance %d, want %d", total, want)
	}
	t.Logf("%d transfers acknowledged, %d refused (funds or deadlock), %d attempts, %d retries", l.ok, l.refused, l.attempts.Load(), l.retries.Load())
	if l.ok == 0 {
		t.Errorf("no transfer went through")
	}
}
