// Package shop is the running example of StateFlow: items with a price and a
// stock, and users with a balance and a basket of items. Run it with
//
//	stateflow run ./examples/shop
package shop

//go:generate go run github.com/stateflow-go/stateflow/cmd/stateflow gen
