// Package gen is the StateFlow compiler: it turns a Go package that declares
// stateful entities into that package's stateflow_gen.go. It returns
// results and writes nothing; the command line loads, prints diagnostics
// and writes files.
//
// # Pipeline
//
//  1. Load (load.go) loads packages with golang.org/x/tools/go/packages,
//     with syntax and types. Every existing stateflow_gen.go is hidden by an
//     overlay (its content becomes its bare package clause), so stale
//     generated code never affects the analysis. Parse and type errors of
//     the packages that declare entities are diagnostics.
//  2. Analyze (analyze.go, package internal/analyze) finds the entities,
//     checks every rule of the programming model and builds the program's IR
//     (an ir.Program without hooks) with the imports its types need. It
//     ignores a stateflow_gen.go even when one was loaded.
//  3. The checks are part of the analysis, one rule family per file of
//     internal/analyze: directives, entities and keys, state and signature
//     types, constructors, operations, remote interactions in bodies,
//     creations, interface conversions, reserved names. Every broken rule
//     is its own Diagnostic at its position; the analysis never stops at
//     the first.
//  4. Generate (generate.go) emits, through package internal/emit, one
//     gofmt'ed stateflow_gen.go per package that has entities and no
//     diagnostic.
//
// Diagnostics are sorted by position and render as "file:line:col:
// message".
//
// # What is supported
//
// An entity is an exported, non-generic, defined struct type whose doc
// comment holds the line //stateflow:entity, with a method Key() string
// (pointer or value receiver) whose body is exactly "return r.F" (or
// "return string(r.F)") for a string-kind field F of the entity: the runtime
// rebuilds references from keys.
//
// Its state is every field, exported or not, except those tagged
// stateflow:"-" (transient: any type, zero at each activation). The JSON
// name of a field is its json tag's name, else its Go name (json:"-" too:
// HTTP shows the whole state). Embedded fields are named by their type.
//
// Types of fields, parameters and results: bool, the integer types but
// uintptr, float32 and float64, string, []byte (and named byte slices),
// time.Time, time.Duration, arrays, slices, maps whose keys hold no
// pointer, structs (named or not; all fields of a struct of another
// package must be exported), pointers to those, and references: *E for an
// entity E of the same package. Named types keep their name; recursive
// named types are fine.
//
// NewE, a package-level function returning *E or (*E, error), is E's
// constructor. The exported methods declared on E (Key aside) are its
// operations: they need a pointer receiver and named parameters; a last
// error result is the operation's error; ...T parameters are variadic;
// //stateflow:readonly in the doc marks an operation read-only. Unexported
// methods are helpers.
//
// # Remote interactions
//
// In a body, a call of an operation on an expression of type *E other than
// the method's own receiver identifier is a remote call, a read of one of
// its fields a state request, and a call of NewE a remote creation. They
// are detected with go/types, never by name, and recorded in order in the
// method's or constructor's ir.Method.Calls. Key() and the key field of a
// reference are local (the key is in the address); so are, in a
// constructor, the variables that hold the entity being built. A
// constructor runs in one step: its remote interactions are diagnostics
// (unless Config.AllowRemote is set to inspect the analysis).
//
// # Method splitting
//
// A method of an entity (exported or not) is split when its body has a
// remote interaction or, to a fixpoint, calls a split method of its entity
// on the receiver. A split operation has ir.Method.Split set and a Resume
// hook instead of Invoke; a split unexported method is an internal method
// of its entity (ir.Method.Internal), callable only by its entity's split
// methods, with no client method. Package internal/split lowers each split
// method into blocks cut at its suspension points (its doc is the theory of
// operation) and package internal/emit writes its resume function. Control
// flow without suspension points stays as it is.
//
// Every Go statement and expression in a split method, with the test that
// runs it (run/constructs.txtar: the method of U, run/more.txtar: of M,
// run step by step and compared with plain Go; ir-split-*.txtar: the IR
// and the resume functions) or rejects it (reject-split.txtar: the method
// of User):
//
//	construct                         in a statement that suspends          test
//	--------------------------------  ------------------------------------  ---------------------------------
//	x = e, x := e, x, y = e1, e2      hoisted calls, residual assignment    Seq, Several, Shadow
//	x op= e, x++                      calls hoisted, x read after them      Compound, StateBetween
//	var x T (= e), in loops too       zeroed/assigned where declared        VarInLoop, Named
//	const                             moved to the function's top           Seq
//	type declaration                  rejected in a lowered region          User.LocalType
//	expression statement              result dropped (errors too, as Go)    IgnoredErr
//	return e..., bare return          results assigned, jump to exit        Multi, Named, EarlyReturn
//	named results                     function-level, in frames if live     Named
//	if / else if / else, init         condition evaluated once              CondOnce, AndOr, NilGuard
//	for init; cond; post              cond and post may suspend             For, ForCond, ForPost
//	for { ... break }                 lowered loop                          Labeled, BreakInSwitch
//	range over int                    bound evaluated once                  RangeInt
//	range over slice                  in place if never assigned, else copy RangeSlice, RangeShared, RangeReassigned, RangeState
//	range over array, *array          array copied once                     RangeArray, M.ArrayPtr
//	range over string                 utf8.DecodeRuneInString per rune      RangeString, M.NamedString
//	range over map                    keys sorted; deleted keys skipped     RangeMap, RangeMapDelete, Flow.Ranges,
//	                                  (other key types by encoding)         M.StructKeys
//	range over channel                rejected                              User.RangeChan
//	range over function iterator      rejected when the body suspends       User.Iterator (IteratorFine: ok)
//	switch, case lists, fallthrough   tag once, cases in order              Switch, Flow.Switch
//	switch without tag, with init     cases in order                        Switch, M.SwitchInit
//	type switch                       one Go type switch picks the body     TypeSwitch, Flow.Kind, M.TypeCases
//	labeled break / continue          jumps (also from copied code)         Labeled, Flow.Loops
//	goto                              rejected                              User.Goto
//	select, send, receive             rejected                              User.Select, User.Send, User.Receive
//	go, defer, recover                rejected                              User.Go, User.Defer, User.Recover
//	block { ... }                     lowered or copied                     Shadow
//	remote call                       suspension point                      Seq, Nested, Several
//	remote call nested in arguments   inner first, then the outer call      Nested, Variadic
//	remote call, several results      tuple temporaries                     Multi, MultiResultArg
//	state request (it.F)              suspension point, a read (gc order)   Reads, ReadAfterCall, M.Promoted
//	reference in an embedded field    the field's reference is the target   M.Embedded
//	remote create (NewE)              suspension point; error received      Create, User.Restock
//	nested call of a split method     suspension point on the receiver      Helper, Recursive, User.pay,
//	                                                                        M.Internal
//	call of a local function/method   hoisted before a later suspension     Several, MultiResultArg
//	conversion, builtin (len, append) a read, not hoisted                   Compound
//	&& and || with a suspending right operand  control flow                 AndOr, NilGuard
//	composite literal (slice, struct) calls first                           Composite
//	map literal                       entry by entry (gc)                   Composite
//	function literal                  fine; a stored one capturing a loop   Closure; User.StoredClosure
//	                                  variable is rejected
//	remote call inside a literal      rejected                              User.RemoteInLiteral, User.CallInLiteral
//	method value of a split method    rejected                              User.MethodValue
//	&x                                fine, but stored &loopvar rejected,   PassedClosure; User.StoredAddress,
//	                                  &receiver rejected                    User.AddressReceiver
//	callee panic, own panic           failure of the method (Panic kept)    Panics, OwnPanic
//	callee error received             the callee's error (sentinels and     Multi, WrapErr, M.Typed
//	                                  error types of the package kept)
//	callback into the caller          reentrant; state reloaded             LocalAfterCall, Reentrant
//
// A variable live across a suspension point travels in the frame: it must
// have a serializable type (an error is kept as the callee's error is,
// M.KeepError; User.LiveFunc, LiveChan, LiveAny, LiveCallResult are
// rejected), must not refer to the entity's state (User.AliasState,
// AliasHelperResult; AliasAfter, made after the last suspension point, is
// fine) nor share memory with another frame variable (User.AliasLocals,
// User.Pointer). The receiver is never in a frame: each step binds it to
// the entity's current state (assigning it is rejected:
// User.AssignReceiver).
//
// # What is rejected
//
//   - directives that are unknown, misplaced, take arguments or are written
//     with a space after //;
//   - entity types that are not structs, are aliases, generic or
//     unexported; a missing Key or one of another shape; a transient key;
//   - fields, parameters and results of type chan, func, unsafe.Pointer,
//     uintptr, complex64/128, interfaces (any and error included), types of
//     packages sync and sync/atomic, entity values (use *E), entities of
//     other packages, instantiated generic types, type parameters, blank
//     fields, unexported fields of other packages' structs, pointer map keys;
//   - constructors of another shape or generic; operations with a value
//     receiver, unnamed or blank parameters, or an error result before the
//     last;
//   - writes into another entity's state (assignment, compound assignment,
//     ++/--, &, delete, clear, copy, pointer-method calls on its fields),
//     calls of its unexported or promoted methods, method values and method
//     expressions of entity methods, dereferencing a reference, access
//     through an embedded reference;
//   - remote interactions in methods of other types, functions,
//     package-level variables and function literals, and in constructors;
//   - in split methods, the constructs of the table above marked rejected;
//   - composite literals and new() of an entity outside its constructor, a
//     constructor used as a value;
//   - references converted to interfaces that have operations of their
//     entity (also as type arguments of constrained generics);
//   - package-level names the generated file declares: StateflowProgram,
//     ERef, NewERef, CreateE, E<Operation>Result, and names beginning with
//     sf and an upper-case letter or digit (also methods and fields of
//     entities, and import names).
//
// The testdata directory shows each case: ir-*.txtar (the IR dump of
// accepted programs, and for some the generated resume functions),
// reject-*.txtar (diagnostics as // want comments) and run/*.txtar
// (programs whose split methods run step by step against plain Go).
package gen
