// Package ownsplit calls an exported split operation of the receiver
// itself from another operation (a nested split call), in a loop and in
// an expression.
package ownsplit

// Bank holds savings.
//
//stateflow:entity
type Bank struct {
	ID    string
	Total int
}

func (b *Bank) Key() string { return b.ID }

// Put adds n.
func (b *Bank) Put(n int) int {
	b.Total += n
	return b.Total
}

// Wallet saves into a bank.
//
//stateflow:entity
type Wallet struct {
	ID   string
	B    *Bank
	Cash int
}

func (w *Wallet) Key() string { return w.ID }

// Earn adds cash.
func (w *Wallet) Earn(n int) { w.Cash += n }

// Save moves up to n of the cash to the bank.
func (w *Wallet) Save(n int) int {
	if n > w.Cash {
		n = w.Cash
	}
	w.Cash -= n
	return w.B.Put(n)
}

// SaveAll saves each part, then one more.
func (w *Wallet) SaveAll(parts []int) int {
	last := 0
	for _, p := range parts {
		last = w.Save(p)
	}
	return last + w.Save(1)*0 + w.Cash
}
