// Package difftest checks compiled StateFlow programs against their plain-Go
// meaning, which is their specification (DESIGN §1): a scenario of client
// requests runs once on the plain Go values, with remote calls as ordinary
// method calls, and once through the local runtime, where every split
// method runs step by step and every frame and state is encoded and decoded
// at every suspension. The two runs must agree, step by step, on
//
//   - the result of every request (encoded through the program's IR types
//     and shown as JSON), or its error: kind (returned error, panic, not
//     found, exists, bad arguments) and message;
//   - the notes the program recorded (see below), which give the order of
//     operation entries, remote creates and explicit trace points;
//   - the encoded state of every entity (plain values encoded with the
//     program's own EncodeState hook, against the bytes the runtime stores;
//     map encoding is canonical, so equal states have equal bytes), and the
//     set of entities that exist.
//
// # The oracle
//
// The plain side keeps the entities in a registry keyed by address. A
// request decodes its JSON arguments to the wire encoding of the IR
// parameter types (ingress.AppendWire), then to Go values with a reflect
// based decoder driven by the same IR types, references resolved to the
// registry's values, and calls the method with reflect. Results are encoded
// by the matching reflect based encoder, so both sides are compared as the
// same bytes. A panic is recovered and reported with the message the engine
// would give it. The runtime side sends the same encoded arguments through
// runtimes/local.
//
// # Notes: the order of remote calls
//
// The order of remote calls is compared through notes that the program
// records itself, in both runs, because the same user code runs in both.
// Before a program is compiled its source is instrumented without moving
// any line: every method of an entity (Key excepted) starts with a call
// that notes "enter E.M key" (nothing for a nil receiver: the runtime
// fails a call on a nil reference where it is made, while plain Go enters
// the method and fails at its first use of the state), and every value a
// constructor returns passes
// through a function that notes "new E/key" and, in the plain run, adds the
// new entity to the registry (this is how remote creates reach it). The
// programs may also call trace(format, args...) to note control flow; a
// step that runs twice or not at all shows up as a different list. The
// callee of every remote call notes its entry, so equal notes mean the same
// remote calls, to the same entities, in the same order, interleaved the
// same way with the callers' own effects.
//
// The runtime's own event trace (local.WithTrace) is checked against the
// notes: an Invoke event for an existing entity must be followed by the
// entry note of its target and method before any other note, so that an
// event delivered to the wrong entity or method is caught even when it
// happens to leave the same states. The events are shown with a failure.
//
// # Scenarios
//
// A scenario is a text file of steps, one a line; '#' starts a comment:
//
//	create Account {"ID":"a","Balance":100}      an entity without constructor, from its state as JSON
//	new Item jeans 10                            a constructor's arguments: JSON values, bare words are strings
//	call Account/a Transfer {"to":"b","amount":30}   parameters by name as a JSON object; references are keys
//	call Account/a Withdraw {"amount":500} => fails  the plain run must fail at this step
//	want-diagnostic cannot be split              the compiler must reject the program with this message
//
// Every step but those marked "=> fails" must succeed in plain Go, so that a
// scenario cannot pass by failing the same way twice.
//
// A program that plain Go cannot model is a scenario error, not a
// mismatch: a remote create of a key that exists (the runtime fails it,
// plain Go just makes a second value) and a reference to an entity that
// does not exist.
//
// # The test
//
// The test of this package writes the whole corpus (testdata/*, see its
// README) and a set of randomly generated methods (RandomProgram) into one
// temporary module, compiles them with one gen.Load and gen.Generate, builds
// one driver (a main package calling Main with every program) with one go
// build, and runs it. A program the compiler rejects fails with the
// compiler's diagnostics; one whose generated code does not build fails with
// the go command's errors; one that does not terminate or crashes the driver
// fails with that. Flags (after the package path):
//
//	-difftest.methods=N   number of random methods (default 30)
//	-difftest.seed=S      seed of the first random method (default 1)
//	-difftest.only=RE     only the programs whose names match RE
//	-difftest.keep        keep the temporary module and print its directory
//	-difftest.timeout=D   time a program may run in the driver (default 20s)
//
// A failing random method is reproduced alone with
// -difftest.only='^randS$' -difftest.seed=S -difftest.methods=1.
package difftest
