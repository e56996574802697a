package codecbench

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// Product is one entry of a catalog.
type Product struct {
	SKU     string
	Name    string
	Price   int64
	Stock   int32
	Weight  float64
	Active  bool
	Tags    []string
	Attrs   map[string]string
	Ratings []int
	Updated time.Time
}

// Catalog is an entity whose state grows with its products.
//
//stateflow:entity
type Catalog struct {
	ID       string
	Owner    string
	Version  int
	Products []Product
}

// Key returns the catalog's id.
func (c *Catalog) Key() string { return c.ID }

// Add appends a product and returns the number of products.
func (c *Catalog) Add(p Product) int {
	c.Products = append(c.Products, p)
	c.Version++
	return len(c.Products)
}

// Record applies an event to the product it names and reports whether the
// product exists.
func (c *Catalog) Record(e Event) bool {
	for i := range c.Products {
		if c.Products[i].SKU == e.SKU {
			c.Products[i].Stock += int32(e.Delta)
			c.Version++
			return true
		}
	}
	return false
}

// Event is a small, event-sized value: one stock change.
type Event struct {
	ID     string
	SKU    string
	Delta  int
	Seq    uint64
	At     time.Time
	Source string
}

// NewCatalog returns a catalog of n products generated from seed: names,
// tags, attributes and ratings of realistic sizes (about 100 bytes per
// product in the binary encoding).
func NewCatalog(id string, n int, seed uint64) *Catalog {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	c := &Catalog{ID: id, Owner: "owner-" + id, Version: n, Products: make([]Product, n)}
	colors := []string{"red", "green", "blue", "black", "white", "denim"}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range c.Products {
		p := &c.Products[i]
		p.SKU = fmt.Sprintf("sku-%06d", i)
		p.Name = fmt.Sprintf("product %d %s", r.IntN(100000), colors[r.IntN(len(colors))])
		p.Price = r.Int64N(1_000_000)
		p.Stock = r.Int32N(500)
		p.Weight = r.Float64() * 10
		p.Active = r.IntN(4) != 0
		p.Tags = []string{colors[r.IntN(len(colors))], fmt.Sprintf("size-%d", 30+r.IntN(20))}
		p.Attrs = map[string]string{"fabric": "cotton", "origin": fmt.Sprintf("plant-%d", r.IntN(50))}
		p.Ratings = make([]int, 1+r.IntN(5))
		for j := range p.Ratings {
			p.Ratings[j] = 1 + r.IntN(5)
		}
		p.Updated = base.Add(time.Duration(r.Int64N(int64(365 * 24 * time.Hour))))
	}
	return c
}

// NewEvent returns a typical event.
func NewEvent() Event {
	return Event{
		ID: "evt-7f3a9c", SKU: "sku-000042", Delta: -3, Seq: 1_234_567,
		At: time.Date(2024, 6, 1, 12, 30, 5, 123456789, time.UTC), Source: "warehouse-2",
	}
}
