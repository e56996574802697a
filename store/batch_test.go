package store

import (
	"fmt"
	"testing"
)

func ops(b *Batch) string {
	s := ""
	for w := range b.Ops() {
		if w.Delete {
			s += fmt.Sprintf("del(%s) ", w.Key)
		} else {
			s += fmt.Sprintf("set(%s=%s) ", w.Key, w.Value)
		}
	}
	return s
}

func TestBatch(t *testing.T) {
	var a, b Batch
	a.Set([]byte("k1"), []byte("v1"))
	a.Delete([]byte("k2"))
	b.Set([]byte("k3"), []byte("v3"))
	key := []byte("k4")
	b.Set(key, nil)
	key[1] = 'X' // the batch keeps a copy
	a.Append(&b)
	if got, want := ops(&a), "set(k1=v1) del(k2) set(k3=v3) set(k4=) "; got != want {
		t.Errorf("ops = %q, want %q", got, want)
	}
	if a.Len() != 4 || a.Size() != len("k1v1k2k3v3k4") {
		t.Errorf("Len, Size = %d, %d", a.Len(), a.Size())
	}
	a.Reset()
	if a.Len() != 0 || a.Size() != 0 || ops(&a) != "" {
		t.Errorf("after Reset: %d ops, %q", a.Len(), ops(&a))
	}
	// Ops stops when asked.
	n := 0
	for range b.Ops() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("break after %d ops", n)
	}
}
