package load

import (
	"time"

	"github.com/HdrHistogram/hdrhistogram-go"
)

// The recorded range of latencies, in microseconds, and the precision.
const (
	minMicros = 1
	maxMicros = 60_000_000
	sigDigits = 3
)

// newHist returns an empty latency histogram in microseconds.
func newHist() *hdrhistogram.Histogram {
	return hdrhistogram.New(minMicros, maxMicros, sigDigits)
}

// record adds d to h, clamped to the histogram's range.
func record(h *hdrhistogram.Histogram, d time.Duration) {
	us := d.Microseconds()
	us = min(max(us, minMicros), maxMicros)
	_ = h.RecordValue(us) // in range by construction
}

// micros converts a histogram value to a duration.
func micros(v int64) time.Duration { return time.Duration(v) * time.Microsecond }
