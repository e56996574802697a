package dbos

import (
	"context"
	"errors"
	"fmt"

	"github.com/dbos-inc/dbos-transact-golang/dbos"

	"github.com/stateflow-go/stateflow/bench/peers/internal/blob"
)

// Workflow inputs; the default serializer stores them as JSON.
type (
	addInput struct {
		Key   string
		Delta int64
	}
	transferInput struct {
		From, To string
		Amount   int64
	}
)

// register registers the workflows; it must run before Launch.
func (s *System) register() {
	dbos.RegisterWorkflow(s.dctx, s.addWorkflow, dbos.WithWorkflowName("add"))
	dbos.RegisterWorkflow(s.dctx, s.transferWorkflow, dbos.WithWorkflowName("transfer"))
	dbos.RegisterWorkflow(s.dctx, s.touchWorkflow, dbos.WithWorkflowName("touch"))
}

func (s *System) addWorkflow(ctx dbos.Context, in addInput) (int64, error) {
	return dbos.RunAsTransaction(ctx, s.ds, func(ctx context.Context, tx dbos.Tx) (int64, error) {
		var v int64
		err := tx.QueryRow(ctx,
			`UPDATE peer_counters SET value = value + $2 WHERE key = $1 RETURNING value`,
			in.Key, in.Delta).Scan(&v)
		if errors.Is(err, dbos.ErrNoRows) {
			return 0, fmt.Errorf("counter %q does not exist", in.Key)
		}
		return v, err
	}, dbos.WithStepName("add"))
}

func (s *System) transferWorkflow(ctx dbos.Context, in transferInput) (bool, error) {
	return dbos.RunAsTransaction(ctx, s.ds, func(ctx context.Context, tx dbos.Tx) (bool, error) {
		rows, err := tx.Query(ctx,
			`SELECT key, balance FROM peer_accounts WHERE key = $1 OR key = $2 ORDER BY key FOR UPDATE`,
			in.From, in.To)
		if err != nil {
			return false, err
		}
		balances := make(map[string]int64, 2)
		for rows.Next() {
			var k string
			var b int64
			if err := rows.Scan(&k, &b); err != nil {
				rows.Close()
				return false, err
			}
			balances[k] = b
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return false, err
		}
		for _, k := range []string{in.From, in.To} {
			if _, ok := balances[k]; !ok {
				return false, fmt.Errorf("account %q does not exist", k)
			}
		}
		if balances[in.From] < in.Amount {
			return false, nil
		}
		if in.From == in.To {
			return true, nil
		}
		_, err = tx.Exec(ctx,
			`UPDATE peer_accounts SET balance = balance + CASE WHEN key = $1 THEN -$3::bigint ELSE $3::bigint END WHERE key = $1 OR key = $2`,
			in.From, in.To, in.Amount)
		return err == nil, err
	}, dbos.WithStepName("transfer"))
}

func (s *System) touchWorkflow(ctx dbos.Context, key string) (int64, error) {
	return dbos.RunAsTransaction(ctx, s.ds, func(ctx context.Context, tx dbos.Tx) (int64, error) {
		var state []byte
		err := tx.QueryRow(ctx, `SELECT state FROM peer_blobs WHERE key = $1 FOR UPDATE`, key).Scan(&state)
		if errors.Is(err, dbos.ErrNoRows) {
			return 0, fmt.Errorf("blob %q does not exist", key)
		}
		if err != nil {
			return 0, err
		}
		sum, err := blob.Touch(state)
		if err != nil {
			return 0, err
		}
		_, err = tx.Exec(ctx, `UPDATE peer_blobs SET state = $2 WHERE key = $1`, key, state)
		return sum, err
	}, dbos.WithStepName("touch"))
}
