// Package ir is the compiled form of a StateFlow program, shared by the
// compiler (package gen), the execution core (package engine), the HTTP
// ingress and the graph renderer.
//
// A Program lists its entities; an Entity lists its state fields, its
// constructor and its operations; a Type describes every value that can be
// stored, passed or returned, precisely enough to encode it (package wire) or
// transcode it to JSON. The generated stateflow_gen.go of a package builds one
// Program value, binds the hooks that run the user's code (state codecs,
// constructors and method dispatch, written without reflection) and links it.
//
// Print renders a Program as stable text; the compiler's golden tests compare
// against it.
package ir
