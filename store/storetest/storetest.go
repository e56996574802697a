// Package storetest is the conformance suite of store.Store
// implementations, in the manner of testing/fstest: an implementation's
// tests call Run with a Harness that opens its stores.
package storetest

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stateflow-go/stateflow/store"
)

// Harness opens the stores the suite tests.
type Harness struct {
	// Open returns a new, empty store. The suite closes it.
	Open func(t *testing.T) store.Store
	// Reopen, when set, closes s cleanly and opens the same data again.
	Reopen func(t *testing.T, s store.Store) store.Store
	// Crash, when set, simulates a crash of s at this moment (s is not
	// closed cleanly) and opens what survived. Synced batches must survive;
	// every batch must survive whole or not at all, and in order.
	Crash func(t *testing.T, s store.Store) store.Store
}

// Run runs the conformance tests as subtests of t.
func Run(t *testing.T, h Harness) {
	t.Run("GetMissing", func(t *testing.T) { testGetMissing(t, h) })
	t.Run("SetGetDelete", func(t *testing.T) { testSetGetDelete(t, h) })
	t.Run("LaterWriteWins", func(t *testing.T) { testLaterWriteWins(t, h) })
	t.Run("Scan", func(t *testing.T) { testScan(t, h) })
	t.Run("ScanStops", func(t *testing.T) { testScanStops(t, h) })
	t.Run("Concurrent", func(t *testing.T) { testConcurrent(t, h) })
	t.Run("Closed", func(t *testing.T) { testClosed(t, h) })
	if h.Reopen != nil {
		t.Run("Reopen", func(t *testing.T) { testReopen(t, h) })
	}
	if h.Crash != nil {
		t.Run("Crash", func(t *testing.T) { testCrash(t, h) })
	}
}

// open opens a store closed at the end of the test.
func open(t *testing.T, h Harness) store.Store {
	s := h.Open(t)
	t.Cleanup(func() { s.Close() })
	return s
}

func apply(t *testing.T, s store.Store, sync bool, ops ...string) {
	t.Helper()
	var b store.Batch
	for i := 0; i < len(ops); i += 2 {
		if ops[i+1] == "<delete>" {
			b.Delete([]byte(ops[i]))
		} else {
			b.Set([]byte(ops[i]), []byte(ops[i+1]))
		}
	}
	if err := s.Apply(&b, sync); err != nil {
		t.Fatalf("Apply: %v", err)
	}
}

func want(t *testing.T, s store.Store, key, value string, ok bool) {
	t.Helper()
	got, gotOK, err := s.Get([]byte(key), nil)
	if err != nil {
		t.Fatalf("Get(%q): %v", key, err)
	}
	if gotOK != ok || string(got) != value {
		t.Errorf("Get(%q) = %q, %v; want %q, %v", key, got, gotOK, value, ok)
	}
}

func scan(t *testing.T, s store.Store, prefix string) []string {
	t.Helper()
	var out []string
	err := s.Scan([]byte(prefix), func(k, v []byte) error {
		out = append(out, string(k)+"="+string(v))
		return nil
	})
	if err != nil {
		t.Fatalf("Scan(%q): %v", prefix, err)
	}
	return out
}

func testGetMissing(t *testing.T, h Harness) {
	s := open(t, h)
	dst := []byte("prefix")
	got, ok, err := s.Get([]byte("a"), dst)
	if err != nil || ok || !bytes.Equal(got, dst) {
		t.Errorf("Get of a missing key = %q, %v, %v; want dst, false, nil", got, ok, err)
	}
}

func testSetGetDelete(t *testing.T, h Harness) {
	s := open(t, h)
	apply(t, s, true, "a", "1", "b", "", "c", "3")
	want(t, s, "a", "1", true)
	want(t, s, "b", "", true)
	got, ok, err := s.Get([]byte("c"), []byte("x="))
	if err != nil || !ok || string(got) != "x=3" {
		t.Errorf("Get appends to dst: %q, %v, %v", got, ok, err)
	}
	apply(t, s, false, "a", "<delete>", "d", "<delete>")
	want(t, s, "a", "", false)
	want(t, s, "d", "", false)
	want(t, s, "c", "3", true)
}

func testLaterWriteWins(t *testing.T, h Harness) {
	s := open(t, h)
	apply(t, s, true, "k", "1", "k", "2", "j", "1", "j", "<delete>", "i", "<delete>", "i", "3")
	want(t, s, "k", "2", true)
	want(t, s, "j", "", false)
	want(t, s, "i", "3", true)
}

func testScan(t *testing.T, h Harness) {
	s := open(t, h)
	apply(t, s, true, "b/2", "x", "b/1", "y", "a/1", "z", "b\xff", "w", "c", "v", "b/\xff\xff", "u", "\xff\xff", "t")
	got := fmt.Sprint(scan(t, s, "b/"))
	if w := fmt.Sprint([]string{"b/1=y", "b/2=x", "b/\xff\xff=u"}); got != w {
		t.Errorf("Scan(b/) = %s, want %s", got, w)
	}
	got = fmt.Sprint(scan(t, s, "\xff"))
	if w := fmt.Sprint([]string{"\xff\xff=t"}); got != w {
		t.Errorf("Scan(\\xff) = %q, want %q", got, w)
	}
	if got := scan(t, s, "nothing"); len(got) != 0 {
		t.Errorf("Scan(nothing) = %q", got)
	}
}

func testScanStops(t *testing.T, h Harness) {
	s := open(t, h)
	apply(t, s, true, "p1", "a", "p2", "b", "p3", "c")
	stop := errors.New("stop")
	n := 0
	err := s.Scan([]byte("p"), func(k, v []byte) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("Scan returned %v after %d keys, want the callback's error after 2", err, n)
	}
}

func testConcurrent(t *testing.T, h Harness) {
	s := open(t, h)
	const writers, writes = 4, 50
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range writes {
				var b store.Batch
				b.Set(fmt.Appendf(nil, "w%d/%03d", w, i), []byte("v"))
				b.Set(fmt.Appendf(nil, "last/%d", w), fmt.Appendf(nil, "%03d", i))
				if err := s.Apply(&b, i%10 == 0); err != nil {
					t.Error(err)
					return
				}
				if _, ok, err := s.Get(fmt.Appendf(nil, "w%d/%03d", w, i), nil); err != nil || !ok {
					t.Errorf("own write not visible: %v %v", ok, err)
				}
			}
		})
	}
	wg.Wait()
	for w := range writers {
		if n := len(scan(t, s, fmt.Sprintf("w%d/", w))); n != writes {
			t.Errorf("writer %d: %d keys, want %d", w, n, writes)
		}
		want(t, s, fmt.Sprintf("last/%d", w), fmt.Sprintf("%03d", writes-1), true)
	}
}

func testClosed(t *testing.T, h Harness) {
	s := h.Open(t)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, _, err := s.Get([]byte("a"), nil); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Get after Close: %v, want ErrClosed", err)
	}
	var b store.Batch
	b.Set([]byte("a"), nil)
	if err := s.Apply(&b, true); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Apply after Close: %v, want ErrClosed", err)
	}
	if err := s.Scan(nil, func(k, v []byte) error { return nil }); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Scan after Close: %v, want ErrClosed", err)
	}
}

func testReopen(t *testing.T, h Harness) {
	s := h.Open(t)
	apply(t, s, true, "a", "1", "b", "2")
	apply(t, s, false, "b", "<delete>", "c", "3")
	s = h.Reopen(t, s)
	defer s.Close()
	want(t, s, "a", "1", true)
	want(t, s, "b", "", false)
	want(t, s, "c", "3", true)
}

// testCrash applies numbered batches, each writing every key of a group,
// crashes at random moments and checks that what survives is a prefix of
// the batches that includes every synced one.
func testCrash(t *testing.T, h Harness) {
	rng := rand.New(rand.NewPCG(1, 2))
	s := h.Open(t)
	defer func() { s.Close() }()
	const keys = 5
	next, synced := 1, 0
	for round := range 8 {
		for range 1 + rng.IntN(30) {
			var b store.Batch
			for k := range keys {
				b.Set(fmt.Appendf(nil, "g/%d", k), fmt.Appendf(nil, "%06d", next))
			}
			sync := rng.IntN(4) == 0
			if err := s.Apply(&b, sync); err != nil {
				t.Fatal(err)
			}
			if sync {
				synced = next
			}
			next++
		}
		s = h.Crash(t, s)
		got := scan(t, s, "g/")
		if len(got) == 0 {
			if synced > 0 {
				t.Fatalf("round %d: nothing survived, batch %d was synced", round, synced)
			}
			continue
		}
		var v int
		fmt.Sscanf(got[0][len("g/0="):], "%d", &v)
		for k, kv := range got {
			if w := fmt.Sprintf("g/%d=%06d", k, v); kv != w {
				t.Fatalf("round %d: batch torn: %q, want %q", round, got, w)
			}
		}
		if len(got) != keys || v < synced || v >= next {
			t.Fatalf("round %d: survived %q; synced up to %d, applied up to %d", round, got, synced, next-1)
		}
		// What survived is the history from here on.
		next, synced = v+1, v
	}
}
