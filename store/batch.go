package store

import "iter"

// Batch is an ordered list of writes that a Store applies atomically. A
// later write of a key supersedes an earlier one. The zero value is an empty
// batch ready to use; a Batch copies the keys and values given to it.
type Batch struct {
	ops []op
	buf []byte
}

// op is one write: the key is buf[k:v], the value buf[v:end].
type op struct {
	del       bool
	k, v, end int
}

// Op is one write of a batch.
type Op struct {
	Key   []byte
	Value []byte // nil for a delete
	// Delete reports that the key is removed.
	Delete bool
}

// Set stores value under key.
func (b *Batch) Set(key, value []byte) {
	k := len(b.buf)
	b.buf = append(b.buf, key...)
	v := len(b.buf)
	b.buf = append(b.buf, value...)
	b.ops = append(b.ops, op{k: k, v: v, end: len(b.buf)})
}

// Delete removes key.
func (b *Batch) Delete(key []byte) {
	k := len(b.buf)
	b.buf = append(b.buf, key...)
	b.ops = append(b.ops, op{del: true, k: k, v: len(b.buf), end: len(b.buf)})
}

// Len returns the number of writes.
func (b *Batch) Len() int { return len(b.ops) }

// Size returns the number of key and value bytes.
func (b *Batch) Size() int { return len(b.buf) }

// Reset empties the batch, keeping its buffers.
func (b *Batch) Reset() {
	b.ops = b.ops[:0]
	b.buf = b.buf[:0]
}

// Append appends the writes of other to b.
func (b *Batch) Append(other *Batch) {
	base := len(b.buf)
	b.buf = append(b.buf, other.buf...)
	for _, o := range other.ops {
		b.ops = append(b.ops, op{del: o.del, k: o.k + base, v: o.v + base, end: o.end + base})
	}
}

// Ops returns the writes in order. The slices alias the batch and are valid
// until it changes.
func (b *Batch) Ops() iter.Seq[Op] {
	return func(yield func(Op) bool) {
		for _, o := range b.ops {
			w := Op{Key: b.buf[o.k:o.v:o.v], Delete: o.del}
			if !o.del {
				w.Value = b.buf[o.v:o.end:o.end]
			}
			if !yield(w) {
				return
			}
		}
	}
}
