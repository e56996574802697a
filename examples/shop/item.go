package shop

import (
	"errors"
	"fmt"
)

// Item is sold in the shop.
//
//stateflow:entity
type Item struct {
	ID    string
	Price int
	Stock int
}

// NewItem creates an item with a price and no stock.
func NewItem(id string, price int) (*Item, error) {
	if id == "" {
		return nil, errors.New("an item needs an id")
	}
	if price < 0 {
		return nil, fmt.Errorf("price %d is negative", price)
	}
	return &Item{ID: id, Price: price}, nil
}

// Key returns the item's id.
func (i *Item) Key() string { return i.ID }

// SetStock sets how many are in stock.
func (i *Item) SetStock(n int) { i.Stock = n }

// EnoughStock reports whether at least one is in stock.
//
//stateflow:readonly
func (i *Item) EnoughStock() bool { return i.Stock > 0 }

// Remove takes n out of the stock and returns what is left.
func (i *Item) Remove(n int) (int, error) {
	if n <= 0 {
		return i.Stock, fmt.Errorf("cannot remove %d", n)
	}
	if n > i.Stock {
		return i.Stock, fmt.Errorf("only %d of %s in stock", i.Stock, i.ID)
	}
	i.Stock -= n
	return i.Stock, nil
}
