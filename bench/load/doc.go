// Package load drives an operation at a fixed concurrency (closed loop) or
// at a fixed arrival rate (open loop) and measures its latency.
//
// # Closed loop
//
// Closed runs Concurrency workers, each calling the operation again as soon
// as the previous call returns. Throughput is what the system sustains at
// that concurrency; latency is measured from each call's start.
//
// # Open loop
//
// Open sends requests at Rate per second whatever the system does, as wrk2
// does: request i is due at start + i/Rate, a pacer hands the due times to
// a pool of Workers goroutines, and each latency is measured from the
// request's intended send time, not from when a worker got to send it.
// When the system stalls, the requests that should have been sent meanwhile
// wait in the queue, and their latencies include that wait: coordinated
// omission (a slow reply delaying the next send, so that the queueing never
// shows) does not hide it. A request a worker starts more than Slack after
// its due time is counted as Late: the generator itself could not keep up
// (all workers busy), which the results then say.
//
// # Recording
//
// Every worker records into its own HDR histogram (1 µs to 60 s, three
// significant digits) and its own error counts, merged after the run, so
// the hot path takes no lock. The progress line (Progress) reads a coarse
// per-worker histogram of atomic counters once a second and prints the
// rate, p50 and p99 of the last second and the errors so far.
//
// Requests that start during Warmup are executed but not recorded.
package load
