package shop_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"pgregory.net/rapid"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/examples/shop"
	"github.com/stateflow-go/stateflow/stateflowtest"
)

// TestShopExample is the README's walk through the shop, with the typed
// client over the local runtime.
func TestShopExample(t *testing.T) {
	ctx := context.Background()
	c := stateflowtest.NewLocal(t, shop.StateflowProgram())

	jeans, err := shop.CreateItem(ctx, c, "jeans", 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := jeans.SetStock(ctx, 5); err != nil {
		t.Fatal(err)
	}
	if left, err := jeans.Remove(ctx, 2); err != nil || left != 3 {
		t.Fatalf("Remove(2) = %d, %v; want 3, nil", left, err)
	}
	_, err = jeans.Remove(ctx, 7)
	var opErr *stateflow.OpError
	if !errors.As(err, &opErr) || opErr.Message != "only 3 of jeans in stock" {
		t.Fatalf("Remove(7) error = %v; want the operation's error", err)
	}
	if _, err := shop.CreateItem(ctx, c, "jeans", 12); !errors.Is(err, stateflow.ErrExists) {
		t.Fatalf("second CreateItem error = %v; want ErrExists", err)
	}
	ann, err := shop.CreateUser(ctx, c, "ann")
	if err != nil {
		t.Fatal(err)
	}
	if n, err := ann.PutInBasket(ctx, []shop.ItemRef{jeans}); err != nil || n != 1 {
		t.Fatalf("PutInBasket = %d, %v", n, err)
	}
	state, err := ann.State(ctx)
	if err != nil || len(state.Basket) != 1 || state.Basket[0].Key() != "jeans" {
		t.Fatalf("ann's state = %+v, %v", state, err)
	}
	enough := jeans.EnoughStockAsync(ctx)
	if ok, err := enough.Get(ctx); err != nil || !ok {
		t.Fatalf("EnoughStockAsync = %v, %v", ok, err)
	}
}

// model is the plain-Go meaning of the shop: the same entity values, called
// directly.
type model struct {
	items map[string]*shop.Item
	users map[string]*shop.User
}

// TestShopMatchesPlainGo runs random sequences of operations on plain Go
// values and through the local runtime, and requires equal results, errors
// and final states.
func TestShopMatchesPlainGo(t *testing.T) {
	ctx := context.Background()
	rapid.Check(t, func(rt *rapid.T) {
		c := stateflowtest.NewLocal(t, shop.StateflowProgram())
		m := model{items: map[string]*shop.Item{}, users: map[string]*shop.User{}}
		itemIDs := []string{"jeans", "socks", ""}
		userIDs := []string{"ann", "bob"}
		pickItem := rapid.SampledFrom(itemIDs)
		pickUser := rapid.SampledFrom(userIDs)
		amount := rapid.IntRange(-3, 20)

		same := func(what string, want any, wantErr error, got any, gotErr error) {
			if (wantErr == nil) != (gotErr == nil) {
				rt.Fatalf("%s: plain Go error %v, runtime error %v", what, wantErr, gotErr)
			}
			if wantErr != nil {
				var opErr *stateflow.OpError
				if errors.As(gotErr, &opErr) && opErr.Message != wantErr.Error() {
					rt.Fatalf("%s: plain Go error %q, runtime %q", what, wantErr, opErr.Message)
				}
				return
			}
			if !reflect.DeepEqual(want, got) {
				rt.Fatalf("%s: plain Go %v, runtime %v", what, want, got)
			}
		}

		rt.Repeat(map[string]func(*rapid.T){
			"CreateItem": func(rt *rapid.T) {
				id, price := pickItem.Draw(rt, "id"), amount.Draw(rt, "price")
				_, gotErr := shop.CreateItem(ctx, c, id, price)
				// The constructor runs first; only the entity it returns has a
				// key that can exist already.
				it, err := shop.NewItem(id, price)
				if err == nil && m.items[id] != nil {
					if !errors.Is(gotErr, stateflow.ErrExists) {
						rt.Fatalf("CreateItem(%q) of an existing item: %v", id, gotErr)
					}
					return
				}
				if err == nil {
					m.items[id] = it
				}
				same("CreateItem", nil, err, nil, gotErr)
			},
			"CreateUser": func(rt *rapid.T) {
				id := pickUser.Draw(rt, "id")
				_, gotErr := shop.CreateUser(ctx, c, id)
				if m.users[id] != nil {
					if !errors.Is(gotErr, stateflow.ErrExists) {
						rt.Fatalf("CreateUser(%q) of an existing user: %v", id, gotErr)
					}
					return
				}
				m.users[id] = shop.NewUser(id)
				same("CreateUser", nil, nil, nil, gotErr)
			},
			"ItemOps": func(rt *rapid.T) {
				id := pickItem.Draw(rt, "id")
				it, ref := m.items[id], shop.NewItemRef(c, id)
				if it == nil {
					if _, err := ref.EnoughStock(ctx); !errors.Is(err, stateflow.ErrNotFound) {
						rt.Fatalf("EnoughStock on missing %q: %v", id, err)
					}
					return
				}
				switch n := amount.Draw(rt, "n"); rapid.IntRange(0, 2).Draw(rt, "op") {
				case 0:
					it.SetStock(n)
					same("SetStock", nil, nil, nil, ref.SetStock(ctx, n))
				case 1:
					want := it.EnoughStock()
					got, err := ref.EnoughStock(ctx)
					same("EnoughStock", want, nil, got, err)
				case 2:
					want, wantErr := it.Remove(n)
					got, err := ref.Remove(ctx, n)
					same("Remove", want, wantErr, got, err)
				}
			},
			"UserOps": func(rt *rapid.T) {
				id := pickUser.Draw(rt, "id")
				u, ref := m.users[id], shop.NewUserRef(c, id)
				if u == nil {
					return
				}
				switch n := amount.Draw(rt, "n"); rapid.IntRange(0, 3).Draw(rt, "op") {
				case 3: // a split method: remote calls and state requests to items
					var plainItems []*shop.Item
					var refs []shop.ItemRef
					for _, id := range rapid.SliceOfN(pickItem, 0, 3).Draw(rt, "items") {
						if it := m.items[id]; it != nil {
							plainItems = append(plainItems, it)
							refs = append(refs, shop.NewItemRef(c, id))
						}
					}
					want := u.AddToBasket(plainItems)
					got, err := ref.AddToBasket(ctx, refs)
					same("AddToBasket", want, nil, got, err)
					if want { // plain Go's basket holds the items themselves; the runtime's, references
						for i, it := range u.Basket {
							u.Basket[i] = &shop.Item{ID: it.ID}
						}
					}
				case 0:
					want, wantErr := u.Deposit(n)
					got, err := ref.Deposit(ctx, n)
					same("Deposit", want, wantErr, got, err)
				case 1:
					same("Pay", nil, u.Pay(n), nil, ref.Pay(ctx, n))
				case 2:
					itemID := pickItem.Draw(rt, "item")
					want := u.PutInBasket([]*shop.Item{{ID: itemID}})
					got, err := ref.PutInBasket(ctx, []shop.ItemRef{shop.NewItemRef(c, itemID)})
					same("PutInBasket", want, nil, got, err)
				}
			},
			"": func(rt *rapid.T) { // after every step: equal states
				for id, it := range m.items {
					got, err := shop.NewItemRef(c, id).State(ctx)
					same("Item state", it, nil, got, err)
				}
				for id, u := range m.users {
					got, err := shop.NewUserRef(c, id).State(ctx)
					same("User state", u, nil, got, err)
				}
			},
		})
	})
}
