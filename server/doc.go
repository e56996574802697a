// Package server serves one program over HTTP on a chosen runtime. It is what
// "stateflow run" builds a user's package into: a generated main calls Main
// with the package's StateflowProgram, and Main parses the command line
// (AddFlags), starts the runtime and the ingress, and shuts down cleanly on
// SIGINT or SIGTERM. Run is the same without flags and signals, for tests and
// for programs that embed a server.
//
// The runtimes are "embedded" (durable, in a data directory; the command
// line's default), "local" (in memory; Config's zero value) and "kafka"
// (workers sharing the work through a Kafka cluster). On kafka a process
// takes one of three roles: "all" runs workers and the HTTP API, "worker"
// runs workers only and serves /healthz and /metrics, and "ingress" serves
// the HTTP API only, producing requests to Kafka and waiting for their
// replies. A deployment scales the two kinds of processes apart: any number
// of stateless ingress nodes in front of workers that the consumer group
// gives partitions to.
package server
