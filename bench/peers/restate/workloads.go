package restate

import (
	"context"
	"fmt"
)

// each calls handler on the object of every key with in, a few keys at a
// time.
func (s *System) each(ctx context.Context, object, handler string, keys []string, in any) error {
	const parallel = 32
	sem := make(chan struct{}, parallel)
	errs := make(chan error, len(keys))
	for _, k := range keys {
		sem <- struct{}{}
		go func(k string) {
			defer func() { <-sem }()
			_, err := s.ingress.call(ctx, object, k, handler, in)
			errs <- err
		}(k)
	}
	for range parallel {
		sem <- struct{}{}
	}
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// CreateCounters sets one Counter object per key to zero.
func (s *System) CreateCounters(ctx context.Context, keys []string) error {
	return s.each(ctx, counterObject, "Create", keys, int64(0))
}

// Add calls Counter/key/Add.
func (s *System) Add(ctx context.Context, key string, delta int64) (int64, error) {
	var v int64
	err := s.ingress.callJSON(ctx, counterObject, key, "Add", delta, &v)
	return v, err
}

// Value calls Counter/key/Value.
func (s *System) Value(ctx context.Context, key string) (int64, error) {
	var v int64
	err := s.ingress.callJSON(ctx, counterObject, key, "Value", nil, &v)
	return v, err
}

// OpenAccounts sets one Account object per key to balance.
func (s *System) OpenAccounts(ctx context.Context, keys []string, balance int64) error {
	return s.each(ctx, accountObject, "Open", keys, balance)
}

// Transfer calls Bank/Transfer.
func (s *System) Transfer(ctx context.Context, from, to string, amount int64) (bool, error) {
	if amount < 0 {
		return false, fmt.Errorf("restate: transfer of negative amount %d", amount)
	}
	var ok bool
	err := s.ingress.callJSON(ctx, bankService, "", "Transfer",
		transferRequest{From: from, To: to, Amount: amount}, &ok)
	return ok, err
}

// Balance calls Account/key/Balance.
func (s *System) Balance(ctx context.Context, key string) (int64, error) {
	var v int64
	err := s.ingress.callJSON(ctx, accountObject, key, "Balance", nil, &v)
	return v, err
}

// CreateBlobs creates one Blob object of size bytes per key.
func (s *System) CreateBlobs(ctx context.Context, keys []string, size int) error {
	return s.each(ctx, blobObject, "Create", keys, size)
}

// Touch calls Blob/key/Touch.
func (s *System) Touch(ctx context.Context, key string) (int64, error) {
	var sum int64
	err := s.ingress.callJSON(ctx, blobObject, key, "Touch", nil, &sum)
	return sum, err
}
