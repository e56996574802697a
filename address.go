package stateflow

// Address names one entity: its type (the Go type name) and its key.
type Address struct {
	Entity string
	Key    string
}

// String renders the address as Entity/Key.
func (a Address) String() string { return a.Entity + "/" + a.Key }
