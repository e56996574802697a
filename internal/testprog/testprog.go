// Package testprog is a small StateFlow program written by hand the way
// stateflow gen writes one, for the tests of the packages that consume an
// ir.Program (engine, runtimes, ingress) without depending on the compiler.
//
// Item and User have only plain operations. Account has split operations
// (their resume functions are in account_resume*.go, shaped like generated
// code): remote calls with error results (Transfer), a state request
// (Richer, readonly), a remote create (Open), a call back into the caller
// (Bounce -> Relay -> Deposit), a callee that panics (Poke -> Explode),
// nested calls of its own split methods including an internal one
// (PayTwice -> Transfer, pay), and a pair of calls that deadlock when two
// chains make them at once (Embrace).
package testprog

import (
	"errors"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// Item is sold in the shop.
type Item struct {
	ID    string
	Price int
	Stock int
	Tags  []string
	Cache map[string]int // transient
}

// NewItem creates an item; a negative price is an error.
func NewItem(id string, price int) (*Item, error) {
	if price < 0 {
		return nil, fmt.Errorf("negative price %d", price)
	}
	return &Item{ID: id, Price: price}, nil
}

// Key returns the item's id.
func (i *Item) Key() string { return i.ID }

// SetStock sets the stock.
func (i *Item) SetStock(n int) { i.Stock = n }

// EnoughStock reports whether any stock is left.
func (i *Item) EnoughStock() bool { return i.Stock > 0 }

// Take removes n from the stock and returns what is left, or fails.
func (i *Item) Take(n int) (int, error) {
	if n > i.Stock {
		i.Stock = -1000 // kept, as in plain Go: an error is a normal return
		return 0, errors.New("not enough stock")
	}
	i.Stock -= n
	return i.Stock, nil
}

// Explode panics after changing the state.
func (i *Item) Explode() {
	i.Price = -1
	panic("boom")
}

// Info returns two results.
func (i *Item) Info() (int, []string) { return i.Price, i.Tags }

// User holds a basket of references to items; it has no constructor.
type User struct {
	ID      string
	Balance int
	Basket  []*Item
}

// Key returns the user's id.
func (u *User) Key() string { return u.ID }

// Deposit adds amount and returns the new balance.
func (u *User) Deposit(amount int) int { u.Balance += amount; return u.Balance }

// SetBasket replaces the basket.
func (u *User) SetBasket(items []*Item) { u.Basket = items }

// First returns the first item of the basket, or nil.
func (u *User) First() *Item {
	if len(u.Basket) == 0 {
		return nil
	}
	return u.Basket[0]
}

func encItem(b []byte, v *Item) []byte {
	b = wire.AppendString(b, v.ID)
	b = wire.AppendInt(b, int64(v.Price))
	b = wire.AppendInt(b, int64(v.Stock))
	b = wire.AppendLen(b, len(v.Tags), v.Tags == nil)
	for _, t := range v.Tags {
		b = wire.AppendString(b, t)
	}
	return b
}

func decItem(d *wire.Decoder, v *Item) {
	v.ID = d.String()
	v.Price = int(d.Int())
	v.Stock = int(d.Int())
	if n, isNil := d.Len(1); !isNil {
		v.Tags = make([]string, n)
		for i := range v.Tags {
			v.Tags[i] = d.String()
		}
	}
}

func encItemRefs(b []byte, v []*Item) []byte {
	b = wire.AppendLen(b, len(v), v == nil)
	for _, it := range v {
		if it == nil {
			b = wire.AppendRef(b, "", true)
		} else {
			b = wire.AppendRef(b, it.ID, false)
		}
	}
	return b
}

func decItemRefs(d *wire.Decoder) []*Item {
	n, isNil := d.Len(1)
	if isNil {
		return nil
	}
	out := make([]*Item, n)
	for i := range out {
		if key, isNil := d.Ref(); !isNil {
			out[i] = &Item{ID: key}
		}
	}
	return out
}

func encUser(b []byte, v *User) []byte {
	b = wire.AppendString(b, v.ID)
	b = wire.AppendInt(b, int64(v.Balance))
	return encItemRefs(b, v.Basket)
}

func decUser(d *wire.Decoder, v *User) {
	v.ID = d.String()
	v.Balance = int(d.Int())
	v.Basket = decItemRefs(d)
}

func argErr(err error) error { return &stateflow.ArgError{Err: err} }

func types() (item, user *ir.Type) {
	str := &ir.Type{Kind: ir.String, GoExpr: "string"}
	integer := &ir.Type{Kind: ir.Int, GoExpr: "int"}
	item = &ir.Type{Kind: ir.Struct, Name: "Item", GoExpr: "Item", Fields: []*ir.Field{
		{Name: "ID", JSONName: "ID", Type: str},
		{Name: "Price", JSONName: "Price", Type: integer},
		{Name: "Stock", JSONName: "Stock", Type: integer},
		{Name: "Tags", JSONName: "Tags", Type: &ir.Type{Kind: ir.Slice, GoExpr: "[]string", Elem: str}},
		{Name: "Cache", JSONName: "Cache", Transient: true, Type: &ir.Type{Kind: ir.Map, GoExpr: "map[string]int", Key: str, Elem: integer}},
	}}
	user = &ir.Type{Kind: ir.Struct, Name: "User", GoExpr: "User", Fields: []*ir.Field{
		{Name: "ID", JSONName: "ID", Type: str},
		{Name: "Balance", JSONName: "Balance", Type: integer},
		{Name: "Basket", JSONName: "Basket", Type: ItemRefs},
	}}
	return item, user
}

// ItemRefs is the IR type []*Item.
var ItemRefs = &ir.Type{Kind: ir.Slice, GoExpr: "[]*Item", Elem: &ir.Type{Kind: ir.Ref, GoExpr: "*Item", Entity: "Item"}}

// Program returns a new, linked program with the entities Account, Item
// and User.
func Program() *ir.Program {
	itemT, userT := types()
	str, integer := itemT.Fields[0].Type, itemT.Fields[1].Type
	boolean := &ir.Type{Kind: ir.Bool, GoExpr: "bool"}
	item := &ir.Entity{
		Name: "Item", State: itemT, KeyField: "ID",
		EncodeState: func(b []byte, s any) []byte { return encItem(b, s.(*Item)) },
		DecodeState: func(b []byte) (any, error) {
			d := wire.NewDecoder(b)
			v := new(Item)
			decItem(&d, v)
			return v, d.Finish()
		},
		Key: func(s any) string { return s.(*Item).ID },
		Constructor: &ir.Method{Name: "NewItem", Kind: ir.Constructor, Error: true,
			Params: []*ir.Param{{Name: "id", Type: str}, {Name: "price", Type: integer}},
			Create: func(args []byte) (any, error) {
				d := wire.NewDecoder(args)
				id, price := d.String(), int(d.Int())
				if err := d.Finish(); err != nil {
					return nil, argErr(err)
				}
				return NewItem(id, price)
			}},
		Methods: []*ir.Method{
			{Name: "EnoughStock", Results: []*ir.Param{{Type: boolean}}, Readonly: true,
				Invoke: func(s any, args, dst []byte) ([]byte, error) {
					d := wire.NewDecoder(args)
					if err := d.Finish(); err != nil {
						return nil, argErr(err)
					}
					return wire.AppendBool(dst, s.(*Item).EnoughStock()), nil
				}},
			{Name: "Explode",
				Invoke: func(s any, args, dst []byte) ([]byte, error) {
					s.(*Item).Explode()
					return dst, nil
				}},
			{Name: "Info", Results: []*ir.Param{{Type: integer}, {Type: itemT.Fields[3].Type}},
				Invoke: func(s any, args, dst []byte) ([]byte, error) {
					p, tags := s.(*Item).Info()
					dst = wire.AppendInt(dst, int64(p))
					dst = wire.AppendLen(dst, len(tags), tags == nil)
					for _, t := range tags {
						dst = wire.AppendString(dst, t)
					}
					return dst, nil
				}},
			{Name: "SetStock", Params: []*ir.Param{{Name: "n", Type: integer}},
				Invoke: func(s any, args, dst []byte) ([]byte, error) {
					d := wire.NewDecoder(args)
					n := int(d.Int())
					if err := d.Finish(); err != nil {
						return nil, argErr(err)
					}
					s.(*Item).SetStock(n)
					return dst, nil
				}},
			{Name: "Take", Params: []*ir.Param{{Name: "n", Type: integer}}, Results: []*ir.Param{{Type: integer}}, Error: true,
				Invoke: func(s any, args, dst []byte) ([]byte, error) {
					d := wire.NewDecoder(args)
					n := int(d.Int())
					if err := d.Finish(); err != nil {
						return nil, argErr(err)
					}
					left, err := s.(*Item).Take(n)
					return wire.AppendInt(dst, int64(left)), err // results travel with an error too
				}},
		},
	}
	user := &ir.Entity{
		Name: "User", State: userT, KeyField: "ID",
		EncodeState: func(b []byte, s any) []byte { return encUser(b, s.(*User)) },
		DecodeState: func(b []byte) (any, error) {
			d := wire.NewDecoder(b)
			v := new(User)
			decUser(&d, v)
			return v, d.Finish()
		},
		Key: func(s any) string { return s.(*User).ID },
		Methods: []*ir.Method{
			{Name: "Deposit", Params: []*ir.Param{{Name: "amount", Type: integer}}, Results: []*ir.Param{{Type: integer}},
				Invoke: func(s any, args, dst []byte) ([]byte, error) {
					d := wire.NewDecoder(args)
					a := int(d.Int())
					if err := d.Finish(); err != nil {
						return nil, argErr(err)
					}
					return wire.AppendInt(dst, int64(s.(*User).Deposit(a))), nil
				}},
			{Name: "First", Results: []*ir.Param{{Type: ItemRefs.Elem}}, Readonly: true,
				Invoke: func(s any, args, dst []byte) ([]byte, error) {
					it := s.(*User).First()
					if it == nil {
						return wire.AppendRef(dst, "", true), nil
					}
					return wire.AppendRef(dst, it.ID, false), nil
				}},
			{Name: "SetBasket", Params: []*ir.Param{{Name: "items", Type: ItemRefs}},
				Invoke: func(s any, args, dst []byte) ([]byte, error) {
					d := wire.NewDecoder(args)
					items := decItemRefs(&d)
					if err := d.Finish(); err != nil {
						return nil, argErr(err)
					}
					s.(*User).SetBasket(items)
					return dst, nil
				}},
		},
	}
	item.ReadField = func(b []byte, s any, field string) ([]byte, bool) {
		v := s.(*Item)
		switch field {
		case "ID":
			return wire.AppendString(b, v.ID), true
		case "Price":
			return wire.AppendInt(b, int64(v.Price)), true
		case "Stock":
			return wire.AppendInt(b, int64(v.Stock)), true
		case "Tags":
			b = wire.AppendLen(b, len(v.Tags), v.Tags == nil)
			for _, t := range v.Tags {
				b = wire.AppendString(b, t)
			}
			return b, true
		}
		return b, false
	}
	user.ReadField = func(b []byte, s any, field string) ([]byte, bool) {
		v := s.(*User)
		switch field {
		case "ID":
			return wire.AppendString(b, v.ID), true
		case "Balance":
			return wire.AppendInt(b, int64(v.Balance)), true
		case "Basket":
			return encItemRefs(b, v.Basket), true
		}
		return b, false
	}
	p := &ir.Program{Name: "testprog", PkgPath: "github.com/stateflow-go/stateflow/internal/testprog",
		Entities: []*ir.Entity{accountEntity(), item, user}}
	return p.MustLink()
}
