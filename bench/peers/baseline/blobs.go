package baseline

import (
	"context"
	"fmt"
	"sync"

	"github.com/stateflow-go/stateflow/bench/peers/internal/blob"
)

// blobCell is one large-state entity.
type blobCell struct {
	mu    sync.Mutex
	state []byte
}

// CreateBlobs creates, or resets, one blob of size bytes per key.
func (s *System) CreateBlobs(ctx context.Context, keys []string, size int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range keys {
		st, err := blob.New(size)
		if err != nil {
			return fmt.Errorf("baseline: blob %q: %w", k, err)
		}
		if c := s.blobs[k]; c != nil {
			c.mu.Lock()
			c.state = st
			c.mu.Unlock()
			continue
		}
		s.blobs[k] = &blobCell{state: st}
	}
	return nil
}

// Touch applies one blob touch and returns the state's checksum.
func (s *System) Touch(ctx context.Context, key string) (int64, error) {
	s.mu.RLock()
	c := s.blobs[key]
	s.mu.RUnlock()
	if c == nil {
		return 0, fmt.Errorf("baseline: blob %q does not exist", key)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return blob.Touch(c.state)
}
