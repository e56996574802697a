// Package overhead repeats the overhead experiments of the StateFlow thesis
// (§6.3.1, "overhead without runtimes") as benchmarks of this system. It
// holds no code of its own: the benchmarks are in its test files and the
// entities they call, with their committed stateflow_gen.go, in package
// entities.
//
// Run them with
//
//	go test -run '^$' -bench . ./internal/overhead/...
//
// (add -short to skip the 50 MB state, -benchtime 200ms for a quick look).
//
// The three experiments:
//
//   - BenchmarkStateSize: one call of Blob.Execute, which counts its calls,
//     on a Blob whose state is a byte slice of 50 KB, 500 KB, 5 MB or 50 MB.
//     path runs the client's encoded event through engine.IngressRouter,
//     Operator.Step and engine.EgressRouter; state-codec decodes and encodes
//     the state alone; event-codec decodes and encodes the request and the
//     reply alone. The cost grows with the state, and all of the growth is
//     the state codec.
//   - BenchmarkGraphLength: a whole call of Graph.RunK, a split method of
//     about K = 10, 100, 500 or 1000 blocks with 50 KB of state that makes
//     one remote call (the entry step, Remote.Execute, the resume step).
//     The same variables are live at the resume point whatever K is, and a
//     resume decodes only the top continuation record, so the cost stays
//     flat where the thesis' execution graph traversal grew with K. engine
//     drives the three events through the routers and operators by hand;
//     local makes the call through runtimes/local.
//   - BenchmarkInteractions: a call of Interactive.Execute(N), a split
//     method with 50 KB of state that calls N = 5, 10, 15 or 20 entities one
//     after the other (2N+1 steps), through runtimes/local and through the
//     engine by hand. ns/interaction is the cost per remote call; it stays
//     constant as N grows.
//
// The engine and path variants also report, as metrics, what each
// component of the system costs the call (per interaction for
// BenchmarkInteractions). The components are timed one by one on a replay
// of the call's events; operator is the rest of ns/op:
//
//   - event-codec-ns/op: decoding and encoding every event, the reply to
//     the client included;
//   - routing-ns/op: routing the decoded events to their operators;
//   - state-codec-ns/op: decoding and re-encoding the state of every step;
//   - continuation-ns/op: decoding and re-encoding the top continuation
//     record of every reply that resumes a split method;
//   - operator-ns/op: the rest of the call's time: Operator.Step without
//     its state codec (argument, result and frame codecs, the user's code),
//     and for the engine variants the driver's hold bookkeeping and state
//     map; 0 when the separately timed components exceed ns/op.
package overhead
