package load

import (
	"math/bits"
	"sync/atomic"
	"time"
)

// coarseBuckets is the number of buckets of a coarse histogram: 8 per power
// of two of microseconds, up to 2^32 µs.
const coarseBuckets = 8 * 33

// coarse is a histogram of atomic counters with about 9% resolution: one
// goroutine records, another reads, without a lock. It feeds the progress
// line; results come from the HDR histograms.
type coarse struct {
	counts [coarseBuckets]atomic.Int64
}

// bucket returns the bucket of a latency of us microseconds.
func bucket(us uint64) int {
	if us < 8 {
		return int(us)
	}
	e := bits.Len64(us) - 1 // 2^e <= us < 2^(e+1), e >= 3
	sub := (us >> (e - 3)) & 7
	return min(8*(e-2)+int(sub), coarseBuckets-1)
}

// bucketValue returns the lower bound of bucket b, in microseconds.
func bucketValue(b int) uint64 {
	if b < 8 {
		return uint64(b)
	}
	e := b/8 + 2
	sub := uint64(b % 8)
	return (8 + sub) << (e - 3)
}

func (c *coarse) record(d time.Duration) {
	c.counts[bucket(uint64(max(d.Microseconds(), 0)))].Add(1)
}

// snapshot adds the current counts to dst.
func (c *coarse) snapshot(dst *[coarseBuckets]int64) {
	for i := range c.counts {
		dst[i] += c.counts[i].Load()
	}
}

// coarseQuantile returns the q quantile of the counts in delta (n in all).
func coarseQuantile(delta *[coarseBuckets]int64, n int64, q float64) time.Duration {
	if n == 0 {
		return 0
	}
	rank := int64(q*float64(n-1)) + 1
	var seen int64
	for b, c := range delta {
		seen += c
		if seen >= rank {
			return time.Duration(bucketValue(b)) * time.Microsecond
		}
	}
	return time.Duration(bucketValue(coarseBuckets-1)) * time.Microsecond
}
