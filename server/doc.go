// Package server serves one program over HTTP on a chosen runtime. It is what
// "stateflow run" builds a user's package into: a generated main calls Main
// with the package's StateflowProgram, and Main parses the command line,
// starts the runtime and the ingress, and shuts down cleanly on SIGINT or
// SIGTERM. Run is the same without flags and signals, for tests and for
// programs that embed a server.
//
// The runtimes are "embedded" (durable, in a data directory; the command
// line's default) and "local" (in memory; Config's zero value).
package server
