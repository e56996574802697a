// Package split turns a method of an entity whose control flow reaches a
// remote interaction into a resumable state machine: the code between two
// suspension points runs as one step, and a step ends at a suspension point
// with the variables live there encoded in a frame.
//
// # Theory of operation
//
// The front end (package analyze) finds the suspension points exactly, with
// go/types: remote calls (an operation called on a reference other than the
// receiver), state requests (a field of such a reference read), remote
// creates (NewE called), and nested calls (a split method of the entity
// called on the receiver; a method is split when it has a suspension point
// or, to a fixpoint, makes a nested call). Lower takes one split method and
//
//  1. checks the constructs a split method cannot have (check.go);
//  2. records the flows of references between variables (alias.go);
//  3. lowers the body into blocks (lower.go, stmt.go, expr.go, loop.go,
//     switch.go, suspend.go; names.go names the function-level variables,
//     render.go prints the copied code, terminate.go finds the copied
//     statements that never complete), normalizing only the statements
//     that contain a suspension point and copying every other statement;
//  4. computes liveness over the blocks, keyed by types.Object (live.go):
//     the frame of a resume point is the set of variables live there, less
//     those the reply assigns; the receiver is never in a frame, each step
//     binds it to the entity's current state;
//  5. checks the frame variables: serializable types, no aliasing of the
//     state or between themselves, no per-iteration variable captured or
//     addressed (frames.go);
//  6. lets temporaries with disjoint lifetimes share variables
//     (coalesce.go) and describes the machine (an ir.Machine).
//
// The package emit writes the resume function from the result: a switch on
// the PC that decodes the arguments or the frame and the reply, then a
// labeled loop over a switch on the block:
//
//	func sfUserResumeAddToBasket(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
//		u := sfState.(*User)
//		var (...the function-level variables...)
//		var sfBlock int
//		switch sfIn.PC {
//		case 0: ...decode the arguments...; sfBlock = 0
//		case 1: ...decode the frame of pc 1, bind the reply...; sfBlock = 6
//		}
//	sfLoop:
//		for {
//			switch sfBlock {
//			case 0: ...
//			}
//		}
//	}
//
// Resuming jumps to the block after the call: no condition, loop header or
// case list is evaluated again. A step's cost is one decode of its frame,
// one dispatch (a jump table) and the block's own code, whatever the size
// of the method.
//
// # Variables
//
// A variable whose scope spans blocks (declared by a statement of a lowered
// region, or in the header of a lowered if, for, range or switch) becomes a
// function-level variable of the resume function, named after it unless
// another object of the method has the name (x2, x3...). Its declaration
// becomes an assignment at its place, so that "var x T" in a loop is zeroed
// at each iteration:
//
//	for i := 0; i < n; i++ {            for ... {
//		var x int                   =>      x = 0
//		x += i                              x += i
//		it.Buy()                            ...suspend...
//	}                                   }
//
// Variables declared inside copied statements keep their declarations.
// Temporaries are named sfT1, sfT2... (sfI for indexes, sfN for bounds,
// sfKeys for key snapshots, sfTag for switch tags); unnamed results sfRes0,
// sfRes1... and sfResErr.
//
// # Expressions (expr.go)
//
// Only statements that contain a suspension point are normalized. Go's
// order of evaluation is that of the gc compiler (the spec leaves reads
// relative to calls unspecified): the calls and logical operations of a
// statement ("units") run left to right, each right after the evaluation
// of its operands; plain reads happen after all calls; the entries of a map
// literal are inserted one by one. So the units before the statement's
// last suspending unit are hoisted into temporaries, in order, and the
// residual statement reads the temporaries:
//
//	x := a + f(b) + it.Get() + g()
//	=>
//	sfT1 = f(b)
//	...suspend at it.Get(), the reply in sfT2...
//	x = a + sfT1 + sfT2 + g()
//
// A state request is a read: it is made with the unit whose operand it is,
// or after the last suspending unit. Several suspension points per
// statement, suspension points in arguments, composite literals, indexes,
// conversions, x op= f(), multiple results (v, err := it.M()) and return
// it.M() all follow. A && b (or a || b) is a unit; when b suspends:
//
//	if ok && it.Is(x) {                 sfT1 = ok
//		...                  =>         if sfT1 { sfT1 = ...it.Is(x)... }
//	}                                   if sfT1 { ... }
//
// # Control flow (stmt.go, loop.go, switch.go)
//
// A compound statement that contains a suspension point is lowered into
// blocks; one that does not is copied whole into the current block. A
// return becomes the assignment of the result variables and a jump to the
// exit block (which encodes them); a break or continue of a lowered
// statement (labeled or not, also from inside copied code) a jump. The
// code "sfBlock = N; continue sfLoop" is a jump; a block ends with a jump,
// a conditional jump, a suspension, the return or a dispatch.
//
//	if init; cond { A } else { B }  =>  init; [cond] -> A | B; A -> join; B -> join
//	for init; cond; post { A }      =>  init; head: [cond] -> A | exit; A -> post; post -> head
//	switch init; tag { cases }      =>  init; sfTag = tag; [sfTag == e1] -> body1 | next; ...
//
// A switch tests its case expressions in order, each evaluated only when
// the ones before did not match; fallthrough jumps to the next body. A type
// switch evaluates its operand once; one Go type switch then binds the
// clause variable and picks the body.
//
// A range loop whose body suspends becomes an index loop; the range
// expression is evaluated once:
//
//	for i, v := range s { A }   =>  sfN = len(s); sfI = 0
//	                                head: [sfI < sfN] -> body | exit
//	                                body: i = sfI; v = s[sfI]; A -> next
//	                                next: sfI++ -> head
//
// A slice variable the loop never assigns is indexed in place (so element
// writes are seen, as in Go); any other slice, and every array (a value),
// is copied once. A string is decoded rune by rune with
// utf8.DecodeRuneInString. An integer is the bound. A map's keys are
// snapshot and sorted (cmp order for ordered key types, else by their
// encodings); each iteration looks its key up and skips it when it was
// deleted; a map that is a variable or a field of the receiver's state is
// looked up where it is, so deletions made while suspended are seen. A
// range whose only suspension point is its range expression evaluates the
// expression and stays a Go range loop. Per-iteration loop variables (Go
// 1.22) are one function-level variable assigned at each iteration: their
// identity is observable only through a stored closure or pointer, which is
// rejected.
//
// # Suspension points (suspend.go)
//
// A suspension point ends its block with a Suspend terminator naming the
// call (kind, target expression, member, argument expressions) and the
// variables that receive its results; the resume point's block follows.
// The emitted step builds the ir.RemoteCall (the target's key from the
// reference's key field; the receiver's own address for a nested call),
// encodes the arguments and the frame, and returns. Resuming binds the
// results from the reply, or handles the failure: an error the callee
// returned becomes the call site's error result (a *stateflow.RemoteError
// with its message, the other results zero) and is dropped where the call
// site drops it, as in Go; any other failure fails the method with a
// *stateflow.OpError that keeps the Panic flag.
//
// # What frames carry
//
// Frame variables are encoded with the same codecs as states. A variable of
// type error travels along its chain as: a sentinel (a package-level error
// variable), which keeps its identity; a value of a type of the package
// that implements error, which keeps its type and value; else its message
// and the error it wraps. The same encoding follows an error that an
// operation returns, after its results, so that the caller's error result
// is that error again: errors.Is and errors.As work as in Go on sentinels
// and error types of the package (package emit, errcodec.go).
//
// # Rejected constructs
//
// Each is one diagnostic at the construct (see gen/doc.go for the table):
// go statements, channel operations, select, defer, recover and goto in a
// split method; remote calls and nested calls inside function literals,
// method values of split methods; range over a function iterator whose body
// suspends; assigning to or taking the address of the receiver; type
// declarations in a lowered region; value receivers; variables live across
// a suspension point whose type cannot be serialized (functions, channels,
// interfaces other than error) or that refer to the entity's state or
// share memory with another frame variable (flow-insensitive over the
// flows that can reach the suspension point); function literals that are
// stored (not called or passed to a call) and capture, and stored
// addresses of, variables declared in a lowered loop.
//
// The rule for closures: a function value can never be live across a
// suspension point (its type cannot be serialized), so no closure outlives
// the step that created it and capturing any variable is safe, except the
// per-iteration variables of a lowered loop, whose identity the resume
// function does not keep: a closure or an address of one that is stored is
// rejected; one that is called or passed to a call is fine.
package split
