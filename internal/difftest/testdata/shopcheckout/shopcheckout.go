// Package shopcheckout is a fuller shop: a checkout reserves every item,
// pays from a wallet, and releases the reservations when payment fails.
package shopcheckout

import "fmt"

// Receipt is a completed order.
type Receipt struct {
	Items   []string
	Paid    int
	Missing []string
}

// Item is sold.
//
//stateflow:entity
type Item struct {
	ID    string
	Price int
	Stock int
}

func (i *Item) Key() string { return i.ID }

// Reserve takes n and returns their price.
func (i *Item) Reserve(n int) (int, error) {
	if n > i.Stock {
		return 0, fmt.Errorf("%s: out of stock", i.ID)
	}
	i.Stock -= n
	return i.Price * n, nil
}

// Release puts n back.
func (i *Item) Release(n int) { i.Stock += n }

// Wallet pays.
//
//stateflow:entity
type Wallet struct {
	ID    string
	Money int
}

func (w *Wallet) Key() string { return w.ID }

// Pay pays n.
func (w *Wallet) Pay(n int) error {
	if n > w.Money {
		return fmt.Errorf("wallet %s: %d < %d", w.ID, w.Money, n)
	}
	w.Money -= n
	return nil
}

// Fund adds n.
func (w *Wallet) Fund(n int) { w.Money += n }

// Customer buys.
//
//stateflow:entity
type Customer struct {
	ID     string
	W      *Wallet
	Cart   map[string]int
	Refs   []*Item
	Orders []Receipt
}

func (c *Customer) Key() string { return c.ID }

// Put puts n of it in the cart.
func (c *Customer) Put(it *Item, n int) {
	if c.Cart == nil {
		c.Cart = map[string]int{}
	}
	if c.Cart[it.ID] == 0 {
		c.Refs = append(c.Refs, it)
	}
	c.Cart[it.ID] += n
}

// Checkout reserves, pays and records the order.
func (c *Customer) Checkout() (Receipt, error) {
	var r Receipt
	var got []*Item
	for i := 0; i < len(c.Refs); i++ {
		it := c.Refs[i]
		price, err := it.Reserve(c.Cart[it.ID])
		if err != nil {
			r.Missing = append(r.Missing, err.Error())
			continue
		}
		got = append(got, it)
		r.Items = append(r.Items, it.ID)
		r.Paid += price
	}
	if err := c.W.Pay(r.Paid); err != nil {
		for _, it := range got {
			it.Release(c.Cart[it.ID])
		}
		return Receipt{}, err
	}
	c.Orders = append(c.Orders, r)
	c.Cart = nil
	c.Refs = nil
	return r, nil
}
