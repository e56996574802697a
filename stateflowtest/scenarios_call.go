package stateflowtest

import (
	"slices"
	"sync"

	"github.com/stateflow-go/stateflow/internal/testprog"
)

func testCalls(e *env) {
	plain := e.createItem("jeans", 10)
	addr := itemAddr("jeans")

	plain.SetStock(7)
	if res := e.call(addr, "SetStock", intArg(7)); len(res) != 0 {
		e.Errorf("SetStock returned %x, want no results", res)
	}
	e.wantState(addr, plain)

	for _, n := range []int{3, 4} {
		want, err := plain.Take(n)
		if err != nil {
			e.Fatalf("plain Take(%d): %v", n, err)
		}
		got, err := decodeInt(e.call(addr, "Take", intArg(n)))
		if err != nil || got != want {
			e.Errorf("Take(%d) = %d (%v), want %d", n, got, err, want)
		}
		e.wantState(addr, plain)

		gotEnough, err := decodeBool(e.call(addr, "EnoughStock", nil))
		if want := plain.EnoughStock(); err != nil || gotEnough != want {
			e.Errorf("EnoughStock() = %v (%v), want %v", gotEnough, err, want)
		}
	}

	// Entities are independent: another item is untouched.
	other := e.createItem("shirt", 3)
	e.call(addr, "SetStock", intArg(1))
	e.wantState(itemAddr("shirt"), other)
}

func testMultipleResults(e *env) {
	plain := e.createItem("jeans", 10)
	wantPrice, wantTags := plain.Info()
	price, tags, err := decodeIntStrings(e.call(itemAddr("jeans"), "Info", nil))
	if err != nil || price != wantPrice || !slices.Equal(tags, wantTags) || (tags == nil) != (wantTags == nil) {
		e.Errorf("Info() = %d, %#v (%v), want %d, %#v", price, tags, err, wantPrice, wantTags)
	}
}

func testReferences(e *env) {
	e.createItem("jeans", 10)
	e.createItem("shirt", 20)
	plain := &testprog.User{ID: "u1"}
	e.createUser(plain)
	addr := userAddr("u1")

	first := func() {
		e.Helper()
		key, isNil, err := decodeRef(e.call(addr, "First", nil))
		want := plain.First()
		if err != nil || isNil != (want == nil) || (want != nil && key != want.Key()) {
			e.Errorf("First() = %q nil=%v (%v), want %+v", key, isNil, err, want)
		}
	}
	first() // empty basket: a nil reference

	plain.SetBasket(refs("shirt", "", "jeans"))
	e.call(addr, "SetBasket", refsArg("shirt", "", "jeans"))
	e.wantState(addr, plain)
	first()

	// A reference is an address, not a copy: the item it names keeps its
	// own state.
	e.call(itemAddr("shirt"), "SetStock", intArg(4))
	e.wantState(addr, plain)
}

func testConcurrentCalls(e *env) {
	plain := &testprog.User{ID: "u1"}
	e.createUser(plain)
	const n = 50
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			res, err := e.c.Call(e.ctx, userAddr("u1"), "Deposit", intArg(1))
			if err != nil {
				e.Errorf("Deposit: %v", err)
				return
			}
			if results[i], err = decodeInt(res); err != nil {
				e.Errorf("Deposit result: %v", err)
			}
		})
	}
	wg.Wait()
	// Serialized deposits see every balance from 1 to n once, in some order,
	// as n sequential plain-Go deposits do.
	var want []int
	for range n {
		want = append(want, plain.Deposit(1))
	}
	slices.Sort(results)
	if !slices.Equal(results, want) {
		e.Errorf("Deposit results %v, want %v in some order", results, want)
	}
	e.wantState(userAddr("u1"), plain)
}
