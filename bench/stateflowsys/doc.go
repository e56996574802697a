// Package stateflowsys offers StateFlow's runtimes as systems under test
// (package system) and as hosts of the hotel application (workload.Hotel):
//
//	stateflow-embedded       the embedded runtime, in process, durable (synced
//	                         commits) in the run's scratch directory
//	stateflow-embedded-http  the same runtime behind the HTTP ingress on a
//	                         loopback port, driven through ingress.Client with a
//	                         keep-alive transport
//	stateflow-local          the local runtime, in memory
//	stateflow-kafka-kfake    the kafka runtime (one worker per program) on an
//	                         in-process fake Kafka cluster (kfake): Kafka's
//	                         protocol and transactions, but in memory
//
// Each system runs three programs, each on a runtime of its own: the
// counter and blob entities of bench/programs/counter, the accounts of
// examples/bank and the hotel application of examples/hotel. Over HTTP,
// the hotel application's server also serves its front end
// (frontend.NewHandler, calling the runtime in process), and the hotel
// mix's requests go to its endpoints (/search, /recommend, /login,
// /reserve); in process they run through frontend.Execute.
package stateflowsys
