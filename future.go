package stateflow

import "context"

// Future is the pending result of an asynchronous call made by a generated
// ...Async method. Get waits for it.
type Future[T any] struct {
	done chan struct{}
	val  T
	err  error
}

// Go runs call in a new goroutine and returns its future.
func Go[T any](call func() (T, error)) *Future[T] {
	f := &Future[T]{done: make(chan struct{})}
	go func() {
		defer close(f.done)
		f.val, f.err = call()
	}()
	return f
}

// Get waits until the call completes or ctx ends, and returns its result.
func (f *Future[T]) Get(ctx context.Context) (T, error) {
	select {
	case <-f.done:
		return f.val, f.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// Done is closed when the call completes.
func (f *Future[T]) Done() <-chan struct{} { return f.done }
