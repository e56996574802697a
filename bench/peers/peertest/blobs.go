package peertest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/bench/peers/internal/blob"
	"github.com/stateflow-go/stateflow/bench/system"
)

// RunBlobs checks b with concurrent Touches on a few 50 KB blobs: the
// checksums returned for one key are exactly those of the reference blob
// after 1, 2, ..., n touches.
func RunBlobs(t *testing.T, b system.Blobs) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	const nkeys, size, workers, touches = 3, 50 << 10, 8, 10
	keys := make([]string, nkeys)
	for i := range keys {
		keys[i] = fmt.Sprintf("b%d", i)
	}
	if err := b.CreateBlobs(ctx, keys, size); err != nil {
		t.Fatalf("CreateBlobs: %v", err)
	}
	var mu sync.Mutex
	got := make(map[string]map[int64]int)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < touches; i++ {
				k := keys[(w+i)%nkeys]
				sum, err := b.Touch(ctx, k)
				if err != nil {
					errs <- fmt.Errorf("Touch(%s): %w", k, err)
					return
				}
				mu.Lock()
				if got[k] == nil {
					got[k] = make(map[int64]int)
				}
				got[k][sum]++
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for _, k := range keys {
		n := 0
		for _, c := range got[k] {
			n += c
		}
		ref, err := blob.New(size)
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i <= n; i++ {
			want, err := blob.Touch(ref)
			if err != nil {
				t.Fatal(err)
			}
			if got[k][want] != 1 {
				t.Fatalf("%s: checksum after touch %d of %d seen %d times, want once", k, i, n, got[k][want])
			}
		}
	}
}
