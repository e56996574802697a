// Package report writes a benchmark run's results: a CSV file with one row
// per measured point, Markdown tables (with each system's ratio to
// StateFlow's embedded runtime, not only absolute numbers), SVG plots drawn
// by hand (latency percentiles against offered load, as the thesis' Figure
// 6.16, and throughput per system and concurrency), and the generated page
// docs/benchmarks.md.
package report
