// Package bank moves money between accounts: the example of a split method
// with a remote call in a condition and a loop over other accounts. Run it
// with
//
//	stateflow run ./examples/bank
package bank

//go:generate go run github.com/stateflow-go/stateflow/cmd/stateflow gen
