package workload

import (
	"context"
	"fmt"

	"github.com/stateflow-go/stateflow/bench/load"
	"github.com/stateflow-go/stateflow/bench/system"
)

// Blobs is the large-state workload: Touch on Keys entities of Size bytes
// each, drawn uniformly.
type Blobs struct {
	Prefix string
	Keys   int
	Size   int
	Seed   uint64

	touches []padded
}

// Name returns "blobs/" and the size in KB.
func (b *Blobs) Name() string { return fmt.Sprintf("blobs/%dKB", b.Size/1000) }

// Setup creates the blobs.
func (b *Blobs) Setup(ctx context.Context, sys system.System, workers int) (load.Op, error) {
	bs, ok := sys.(system.Blobs)
	if !ok {
		return nil, ErrNotImplemented
	}
	ks := keys(b.Prefix, b.Keys)
	if err := bs.CreateBlobs(ctx, ks, b.Size); err != nil {
		return nil, fmt.Errorf("create %d blobs of %d bytes: %w", b.Keys, b.Size, err)
	}
	b.touches = make([]padded, workers)
	rs := sources(b.Seed, workers)
	return func(ctx context.Context, w int) error {
		if _, err := bs.Touch(ctx, ks[rs[w].IntN(len(ks))]); err != nil {
			return err
		}
		b.touches[w].n++
		return nil
	}, nil
}

// Check reports the touches; the checksums are checked by each system's
// conformance tests.
func (b *Blobs) Check(ctx context.Context) (Verdict, error) {
	var n int64
	for i := range b.touches {
		n += b.touches[i].n
	}
	return Verdict{OK: true, Detail: fmt.Sprintf("%d touches of %d blobs of %d bytes", n, b.Keys, b.Size)}, nil
}
