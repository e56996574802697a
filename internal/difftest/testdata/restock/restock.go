// Package restock loops while a field of another entity (a state request,
// fresh on every iteration) is below a target.
package restock

// Item is stocked.
//
//stateflow:entity
type Item struct {
	ID    string
	Stock int
}

func (i *Item) Key() string { return i.ID }

// Add adds n.
func (i *Item) Add(n int) { i.Stock += n }

// Manager restocks.
//
//stateflow:entity
type Manager struct {
	ID     string
	Batch  int
	Orders int
}

func (m *Manager) Key() string { return m.ID }

// Fill orders batches until the stock reaches target.
func (m *Manager) Fill(it *Item, target int) int {
	orders := 0
	for it.Stock < target {
		it.Add(m.Batch)
		orders++
	}
	m.Orders += orders
	return orders
}
