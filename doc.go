// Package stateflow is the small shared vocabulary of StateFlow for Go: entity
// addresses, the Client that every runtime implements, typed futures and the
// errors an operation can end with.
//
// A stateful entity is a plain Go struct whose doc comment carries the
// //stateflow:entity directive and which has a Key() string method:
//
//	//stateflow:entity
//	type Item struct {
//		ID    string
//		Price int
//		Stock int
//	}
//
//	func NewItem(id string, price int) *Item { return &Item{ID: id, Price: price} }
//	func (i *Item) Key() string              { return i.ID }
//	func (i *Item) SetStock(n int)           { i.Stock = n }
//
// The stateflow command compiles the package ("stateflow gen") into a
// stateflow_gen.go file that registers the program (package ir), its codecs and
// typed client references such as CreateItem and ItemRef. The same program then
// runs on every runtime: runtimes/local for tests, and the HTTP ingress
// (package ingress) in front of any of them.
package stateflow
