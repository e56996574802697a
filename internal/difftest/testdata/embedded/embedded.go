// Package embedded reads fields of another entity that come from an
// embedded struct, promoted and selected explicitly, and calls a method
// whose result is an embedded struct.
package embedded

// Base is embedded.
type Base struct {
	Name  string
	Level int
}

// Item embeds Base.
//
//stateflow:entity
type Item struct {
	ID string
	Base
	Price int
}

func (i *Item) Key() string { return i.ID }

// Up raises the level.
func (i *Item) Up() Base {
	i.Level++
	return i.Base
}

// Viewer reads items.
//
//stateflow:entity
type Viewer struct {
	ID   string
	Seen []string
}

func (v *Viewer) Key() string { return v.ID }

// View reads promoted and explicit fields around a call.
func (v *Viewer) View(it *Item) (string, int) {
	before := it.Level
	b := it.Up()
	v.Seen = append(v.Seen, it.Name, b.Name)
	return it.Base.Name + "/" + b.Name, before*100 + it.Level*10 + b.Level + it.Price
}
