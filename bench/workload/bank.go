package workload

import (
	"context"
	"fmt"

	"github.com/stateflow-go/stateflow/bench/load"
	"github.com/stateflow-go/stateflow/bench/system"
)

// Bank is the transfer workload: Accounts accounts opened with Balance
// each, and transfers of 1..MaxAmount between two distinct accounts drawn
// uniformly.
type Bank struct {
	Prefix    string
	Accounts  int
	Balance   int64
	MaxAmount int64
	Seed      uint64

	sys      system.Bank
	keys     []string
	refused  []padded
	accepted []padded
}

// Name returns "bank".
func (b *Bank) Name() string { return "bank" }

// Setup opens the accounts.
func (b *Bank) Setup(ctx context.Context, sys system.System, workers int) (load.Op, error) {
	bs, ok := sys.(system.Bank)
	if !ok {
		return nil, ErrNotImplemented
	}
	if b.Accounts < 2 {
		return nil, fmt.Errorf("a bank needs at least 2 accounts, not %d", b.Accounts)
	}
	b.sys, b.keys = bs, keys(b.Prefix, b.Accounts)
	b.refused, b.accepted = make([]padded, workers), make([]padded, workers)
	if err := bs.OpenAccounts(ctx, b.keys, b.Balance); err != nil {
		return nil, fmt.Errorf("open %d accounts: %w", b.Accounts, err)
	}
	rs := sources(b.Seed, workers)
	maxAmount := max(b.MaxAmount, 1)
	return func(ctx context.Context, w int) error {
		r := rs[w]
		from := r.IntN(b.Accounts)
		to := r.IntN(b.Accounts - 1)
		if to >= from {
			to++
		}
		ok, err := bs.Transfer(ctx, b.keys[from], b.keys[to], 1+r.Int64N(maxAmount))
		switch {
		case err != nil:
			return err
		case ok:
			b.accepted[w].n++
		default:
			b.refused[w].n++
		}
		return nil
	}, nil
}

// Check reads every balance: the sum must be Accounts × Balance and none
// negative.
func (b *Bank) Check(ctx context.Context) (Verdict, error) {
	var sum int64
	lowest := b.Balance
	negative := 0
	for _, k := range b.keys {
		v, err := b.sys.Balance(ctx, k)
		if err != nil {
			return Verdict{}, fmt.Errorf("read balance of %s: %w", k, err)
		}
		sum += v
		lowest = min(lowest, v)
		if v < 0 {
			negative++
		}
	}
	var accepted, refused int64
	for i := range b.accepted {
		accepted += b.accepted[i].n
		refused += b.refused[i].n
	}
	want := int64(len(b.keys)) * b.Balance
	m := map[string]float64{"accepted": float64(accepted), "refused": float64(refused)}
	if sum != want || negative > 0 {
		return Verdict{Metrics: m, Detail: fmt.Sprintf("invariant BROKEN: sum %d, want %d; %d negative balances (lowest %d)",
			sum, want, negative, lowest)}, nil
	}
	return Verdict{OK: true, Metrics: m, Detail: fmt.Sprintf("invariant intact: sum %d over %d accounts, lowest %d; %d transfers, %d refused",
		sum, len(b.keys), lowest, accepted, refused)}, nil
}
