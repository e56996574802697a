package stateflow

import "context"

// Client sends requests to the entities of one program. Every runtime provides
// one in process, and ingress.Client provides one over HTTP; generated typed
// references (for example ItemRef) are thin wrappers around it.
//
// Arguments, results and states travel in the binary encoding of package wire,
// laid out as the program's IR describes.
type Client interface {
	// Create runs the constructor of entity with the encoded constructor
	// arguments and returns the new entity's key. It fails with ErrExists when
	// an entity with that key exists.
	Create(ctx context.Context, entity string, args []byte) (key string, err error)
	// Call invokes method on the entity at addr with the encoded arguments and
	// returns the encoded results. An error returned by the operation itself is
	// an *OpError.
	Call(ctx context.Context, addr Address, method string, args []byte) (results []byte, err error)
	// State returns the encoded state of the entity at addr, or ErrNotFound.
	State(ctx context.Context, addr Address) (state []byte, err error)
}

type idempotencyKey struct{}

// WithIdempotencyKey returns a context whose requests carry key: a request
// retried with the same key is answered with the first answer and its effects
// happen once. The HTTP ingress sets it from the Idempotency-Key header.
func WithIdempotencyKey(ctx context.Context, key string) context.Context {
	return context.WithValue(ctx, idempotencyKey{}, key)
}

// IdempotencyKey returns the key set by WithIdempotencyKey, or "".
func IdempotencyKey(ctx context.Context) string {
	k, _ := ctx.Value(idempotencyKey{}).(string)
	return k
}
