// Package emit writes stateflow_gen.go: the Go source that builds a package's
// ir.Program, binds the hooks that run the user's code without reflection, and
// gives clients typed references to the entities.
//
// File takes an analyze.Package (the program without hooks) and returns one
// gofmt'ed, deterministic file. Its sections, in order:
//
//	StateflowProgram   returns the program, built once by sfBuildProgram: every
//	                   distinct ir.Type is one variable (named types are shared,
//	                   so recursive types work), then the entities with their
//	                   methods and calls, the hooks bound, and MustLink.
//	hooks              per entity sfEEncodeState, sfEDecodeState, sfEKey and
//	                   sfEReadField (state requests); sfECreate for a
//	                   constructor; sfEInvokeM per operation. Invoke decodes
//	                   the arguments (a failure is a *stateflow.ArgError
//	                   naming the parameter), calls the method, appends the
//	                   results and returns its error as is (with the results,
//	                   which a caller receives beside it). A split method
//	                   (and an internal one) gets sfEResumeM instead
//	                   (resume.go): one step of the lowered method, from
//	                   its entry or a resume point to its end or its next
//	                   suspension point (see package split). In a program
//	                   with split methods, errors are encoded (errcodec.go)
//	                   in frames and after the results an operation returns
//	                   with its error.
//	client             per entity the ERef type, NewERef, CreateE, and per
//	                   operation M and MAsync (with an EMResult struct when M
//	                   has several results). References at the top of a
//	                   parameter or result, or in unnamed slices, arrays and
//	                   maps of them, are ERef values bound to the client.
//	guard              a func _() that stops compiling when an entity, a named
//	                   type or an operation changed since the file was written.
//	codecs             one sfEncX / sfDecX pair per distinct composite type X:
//	                   named types by name, unnamed ones by a mangled name
//	                   (SliceString, MapStringInt, RefItem, ...). Basic values
//	                   are encoded inline.
//
// Codecs follow the layout documented in package wire exactly: the HTTP layer
// transcodes JSON to the same bytes from the IR types. Map entries are
// written in a canonical order, so equal values encode to equal bytes: by
// key when the key is a string or an integer, else by the encoded key.
// Structs and arrays are passed by pointer to their codecs and decoded in
// place; other values are passed and returned by value.
//
// Every identifier the file introduces starts with "sf" and an upper-case
// letter or digit, except the public API (StateflowProgram, ERef, NewERef,
// CreateE, EMResult, the ERef methods, and the import names context,
// stateflow and ir that appear in it); the front end rejects user
// identifiers of those forms, so the generated code cannot shadow user code
// or be shadowed by it. (Fields of the local types it declares, such as
// ERef's sfClient, follow the same rule.) Parameter names of the user's
// methods are kept in client signatures unless they would shadow a name the
// generated body uses.
package emit
