package split

import "math/bits"

// varSet is a set of function-level variables, by index in Method.Vars.
type varSet []uint64

func newVarSet(n int) varSet { return make(varSet, (n+63)/64) }

func (s varSet) add(i int)      { s[i/64] |= 1 << (i % 64) }
func (s varSet) remove(i int)   { s[i/64] &^= 1 << (i % 64) }
func (s varSet) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s varSet) clone() varSet  { return append(varSet(nil), s...) }
func (s varSet) union(t varSet) {
	for i := range s {
		s[i] |= t[i]
	}
}

func (s varSet) equal(t varSet) bool {
	for i := range s {
		if s[i] != t[i] {
			return false
		}
	}
	return true
}

// each calls fn for every member in increasing order.
func (s varSet) each(fn func(int)) {
	for w, word := range s {
		for word != 0 {
			b := bits.TrailingZeros64(word)
			fn(w*64 + b)
			word &^= 1 << b
		}
	}
}

// flow holds the sets of the liveness analysis: per statement and
// terminator, by variable index in Method.Vars.
type flow struct {
	l       *lowerer
	idx     map[*Var]int
	stmts   [][]stmtSets
	term    []varSet
	results varSet
	replies []varSet
}

type stmtSets struct {
	uses, defs varSet
	jumps      []int
	kills      []varSet
}

func (l *lowerer) newFlow() *flow {
	f := &flow{l: l, idx: map[*Var]int{}}
	for i, v := range l.m.Vars {
		f.idx[v] = i
	}
	f.stmts = make([][]stmtSets, len(l.blocks))
	f.term = make([]varSet, len(l.blocks))
	for i, b := range l.blocks {
		for _, s := range b.stmts {
			ss := stmtSets{uses: f.set(s.uses), defs: f.set(s.defs)}
			for _, j := range s.jumps {
				ss.jumps = append(ss.jumps, j.to)
				ss.kills = append(ss.kills, f.set(j.kill))
			}
			f.stmts[i] = append(f.stmts[i], ss)
		}
		f.term[i] = f.set(b.Term.uses)
	}
	f.results = f.set(l.resultVars())
	f.replies = make([]varSet, len(l.m.Resumes))
	for i, r := range l.m.Resumes {
		f.replies[i] = f.set(append(append([]*Var(nil), r.Call.Results...), r.Call.Err))
	}
	return f
}

func (f *flow) set(vs []*Var) varSet {
	s := newVarSet(len(f.l.m.Vars))
	for _, v := range vs {
		if v != nil {
			s.add(f.idx[v])
		}
	}
	return s
}

// block returns the variables live at the start of block i, given those
// live at the start of every block; point, when not nil, sees the
// variables live after each statement (from the last) and its defs.
func (f *flow) block(i int, in []varSet, point func(after, defs varSet)) varSet {
	l := f.l
	b := l.blocks[i]
	live := newVarSet(len(l.m.Vars))
	switch t := b.Term; t.Kind {
	case Jump:
		live.union(in[t.To])
	case Branch:
		live.union(in[t.Then])
		live.union(in[t.Else])
	case Suspend:
		r := l.m.Resumes[t.PC-1]
		after := in[r.Block].clone()
		for w := range after {
			after[w] &^= f.replies[t.PC-1][w]
		}
		live.union(after)
	case Return:
		live.union(f.results)
	}
	live.union(f.term[i])
	for j := len(f.stmts[i]) - 1; j >= 0; j-- {
		ss := f.stmts[i][j]
		if point != nil {
			point(live, ss.defs)
		}
		for w := range live {
			live[w] = live[w]&^ss.defs[w] | ss.uses[w]
		}
		for k, to := range ss.jumps {
			for w := range live {
				live[w] |= in[to][w] &^ ss.kills[k][w]
			}
		}
	}
	return live
}

// liveness computes the variables live at the start of every block (a
// backward dataflow analysis to a fixpoint) and from them the frame of
// every resume point: the variables live where execution resumes, less
// those the reply assigns. The receiver is not a variable: each step binds
// it to the current state.
func (l *lowerer) liveness() {
	f := l.newFlow()
	in := make([]varSet, len(l.blocks))
	for i := range in {
		in[i] = newVarSet(len(l.m.Vars))
	}
	for changed := true; changed; {
		changed = false
		for i := len(l.blocks) - 1; i >= 0; i-- {
			if live := f.block(i, in, nil); !live.equal(in[i]) {
				in[i] = live
				changed = true
			}
		}
	}
	for i, r := range l.m.Resumes {
		fr := in[r.Block].clone()
		for w := range fr {
			fr[w] &^= f.replies[i][w]
		}
		fr.each(func(k int) { r.Frame = append(r.Frame, l.m.Vars[k]) })
	}
	l.live = in
	l.flow = f
}
