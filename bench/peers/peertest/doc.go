// Package peertest is the conformance suite every peer system runs: small
// concurrent checks of each workload (counters add up, the bank total is
// unchanged, blob checksums follow the reference) and closed-loop
// benchmarks of the same calls.
package peertest
