// Package analyze is the front end of the StateFlow compiler: Run turns one
// type-checked package into a Package (the program's IR and the imports its
// types need) and positioned diagnostics. The code generator (package emit)
// consumes the Package.
//
// # Order of work
//
// Run collects the //stateflow: directives, finds the entities (entity.go),
// converts their state (fields.go, typemap.go, named.go) and checks their
// Key (key.go); then it finds constructors (constructor.go) and operations
// (operation.go, signature.go), walks every function body and package-level
// initializer (body.go and the files below), checks reserved names
// (reserved.go), and last reports the directives no rule used
// (directive.go). A file named stateflow_gen.go is never read.
//
// # Types
//
// typeMap converts go/types types to ir.Type. A named type is converted once
// and shared (recursive types point back to themselves); a conversion
// returns a type or problems, each a message that gives the path from the
// converted type to the offending one ("map[string]chan int: chan int is
// not serializable (...)"). Problems inside a struct type declared in the
// package are reported once, at its fields; problems of another package's
// types at each use. GoExpr renders types through importNamer, which picks
// the import names of the generated file (foreign.go tells entities of
// other packages apart by parsing the file that declares them).
//
// # Bodies
//
// A walker visits a body parents first, with the stack of enclosing nodes:
//
//   - remote.go resolves selections: x.f where x has type *E and is not the
//     receiver identifier (or, in a constructor, a variable holding the new
//     entity), or where the selection goes through an embedded *E field.
//     Operations called are CallMethod, fields read ReadField; writes are
//     marked by the enclosing statement before the selector is visited.
//   - create.go handles constructors called (CreateEntity), composite
//     literals and new() of entities, and constructors used as values.
//   - iface.go checks conversions of references to interfaces at Go's
//     assignability sites and type arguments of generic instantiations.
//
// Interactions are recorded in the method's or constructor's Calls, and as
// suspension points of the method's body; in a constructor they are
// reported as unsupported unless Options.AllowRemote; anywhere else they
// are reported as misplaced.
//
// # Split methods
//
// split.go classifies the methods of entities: a method with a suspension
// point, or (to a fixpoint) with a call of a split method of its entity on
// the receiver, is split. A split operation gets Split set; a split
// unexported method becomes an internal method of its entity. Calls of
// split methods inside function literals and method values of them are
// reported. Each split method is then lowered by package split (the
// nested calls added to its suspension points), whose diagnostics join the
// analysis', and Package.Split holds the results.
package analyze
