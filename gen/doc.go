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
// operation's or constructor's ir.Method.Calls. Key() and the key field of
// a reference are local (the key is in the address); so are, in a
// constructor, the variables that hold the entity being built. Method
// splitting is not implemented yet: every remote interaction is a
// diagnostic, unless Config.AllowRemote is set to inspect the analysis.
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
//   - remote interactions in helpers, other functions, package-level
//     variables and function literals;
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
// accepted programs) and reject-*.txtar (diagnostics as // want comments).
package gen
