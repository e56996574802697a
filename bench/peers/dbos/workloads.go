package dbos

import (
	"context"
	"errors"
	"fmt"

	"github.com/dbos-inc/dbos-transact-golang/dbos"
	"github.com/jackc/pgx/v5"

	"github.com/stateflow-go/stateflow/bench/peers/internal/blob"
)

// run starts fn as a workflow under ctx and waits for its result.
func run[P, R any](ctx context.Context, s *System, fn dbos.Workflow[P, R], in P) (R, error) {
	h, err := dbos.RunWorkflow(dbos.From(s.dctx, ctx), fn, in)
	if err != nil {
		var zero R
		return zero, err
	}
	return h.GetResult()
}

// CreateCounters inserts, or resets to zero, one counter row per key.
func (s *System) CreateCounters(ctx context.Context, keys []string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO peer_counters (key, value) SELECT unnest($1::text[]), 0
ON CONFLICT (key) DO UPDATE SET value = 0`, keys)
	if err != nil {
		return fmt.Errorf("dbos: create counters: %w", err)
	}
	return nil
}

// Add runs the add workflow.
func (s *System) Add(ctx context.Context, key string, delta int64) (int64, error) {
	v, err := run(ctx, s, s.addWorkflow, addInput{Key: key, Delta: delta})
	if err != nil {
		return 0, fmt.Errorf("dbos: add to %q: %w", key, err)
	}
	return v, nil
}

// Value reads the counter's row.
func (s *System) Value(ctx context.Context, key string) (int64, error) {
	return s.read(ctx, `SELECT value FROM peer_counters WHERE key = $1`, "counter", key)
}

func (s *System) read(ctx context.Context, query, kind, key string) (int64, error) {
	var v int64
	err := s.pool.QueryRow(ctx, query, key).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("dbos: %s %q does not exist", kind, key)
	}
	if err != nil {
		return 0, fmt.Errorf("dbos: read %s %q: %w", kind, key, err)
	}
	return v, nil
}

// OpenAccounts inserts, or resets, one account row per key.
func (s *System) OpenAccounts(ctx context.Context, keys []string, balance int64) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO peer_accounts (key, balance) SELECT unnest($1::text[]), $2
ON CONFLICT (key) DO UPDATE SET balance = $2`, keys, balance)
	if err != nil {
		return fmt.Errorf("dbos: open accounts: %w", err)
	}
	return nil
}

// Transfer runs the transfer workflow.
func (s *System) Transfer(ctx context.Context, from, to string, amount int64) (bool, error) {
	if amount < 0 {
		return false, fmt.Errorf("dbos: transfer of negative amount %d", amount)
	}
	ok, err := run(ctx, s, s.transferWorkflow, transferInput{From: from, To: to, Amount: amount})
	if err != nil {
		return false, fmt.Errorf("dbos: transfer %s to %s: %w", from, to, err)
	}
	return ok, nil
}

// Balance reads the account's row.
func (s *System) Balance(ctx context.Context, key string) (int64, error) {
	return s.read(ctx, `SELECT balance FROM peer_accounts WHERE key = $1`, "account", key)
}

// CreateBlobs inserts, or resets, one blob row of size bytes per key.
func (s *System) CreateBlobs(ctx context.Context, keys []string, size int) error {
	state, err := blob.New(size)
	if err != nil {
		return fmt.Errorf("dbos: create blobs: %w", err)
	}
	_, err = s.pool.Exec(ctx, `INSERT INTO peer_blobs (key, state) SELECT unnest($1::text[]), $2
ON CONFLICT (key) DO UPDATE SET state = $2`, keys, state)
	if err != nil {
		return fmt.Errorf("dbos: create blobs: %w", err)
	}
	return nil
}

// Touch runs the touch workflow.
func (s *System) Touch(ctx context.Context, key string) (int64, error) {
	sum, err := run(ctx, s, s.touchWorkflow, key)
	if err != nil {
		return 0, fmt.Errorf("dbos: touch %q: %w", key, err)
	}
	return sum, nil
}
