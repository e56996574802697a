package split

import (
	"go/scanner"
	"go/token"
	"go/types"
	"strings"
)

// coalesce lets temporaries of identical types whose lifetimes never
// overlap share one variable (a greedy coloring of the interference
// graph). A resume function declares every variable it has, so without
// this its prologue would grow with the method; with it the number of
// variables stays near the largest number live at once.
func (l *lowerer) coalesce() {
	n := len(l.m.Vars)
	f := l.flow
	// interfere[i] holds the variables live together with variable i at
	// some point.
	interfere := make([]varSet, n)
	for i := range interfere {
		interfere[i] = newVarSet(n)
	}
	clique := func(s varSet) {
		s.each(func(i int) { interfere[i].union(s) })
	}
	for i := range l.blocks {
		clique(l.live[i])
		f.block(i, l.live, func(after, defs varSet) {
			s := after.clone()
			s.union(defs)
			clique(s)
		})
	}
	for k, r := range l.m.Resumes {
		s := l.live[r.Block].clone()
		s.union(f.replies[k])
		clique(s)
	}
	// Parameters and results are live from the start and at the end.
	entry := f.set(append(append([]*Var(nil), l.m.Params...), l.resultVars()...))
	entry.union(l.live[0])
	clique(entry)

	rename := map[string]string{}
	var reps []int // representatives of the classes, by variable index
	class := map[int]varSet{}
	for i, v := range l.m.Vars {
		if !v.temp || strings.HasPrefix(v.Name, "sfRes") {
			continue
		}
		merged := false
		for _, r := range reps {
			rv := l.m.Vars[r]
			if !types.Identical(rv.typ, v.typ) {
				continue
			}
			if c := class[r]; !c.has(i) && !overlaps(c, interfere[i]) {
				c.add(i)
				class[r] = c
				rename[v.Name] = rv.Name
				v.Name = rv.Name
				v.merged = true
				merged = true
				break
			}
		}
		if !merged {
			reps = append(reps, i)
			c := newVarSet(n)
			c.add(i)
			class[i] = c
		}
	}
	if len(rename) == 0 {
		return
	}
	for _, b := range l.blocks {
		kept := b.stmts[:0]
		for _, s := range b.stmts {
			s.text = renameIdents(s.text, rename)
			if lhs, rhs, ok := strings.Cut(s.text, " = "); ok && lhs == rhs && len(s.jumps) == 0 {
				continue // a copy between temporaries that now share a variable
			}
			kept = append(kept, s)
		}
		b.stmts = kept
		b.Term.Cond = renameIdents(b.Term.Cond, rename)
	}
	for _, r := range l.m.Resumes {
		r.Call.Target = renameIdents(r.Call.Target, rename)
		for i, a := range r.Call.Args {
			r.Call.Args[i] = renameIdents(a, rename)
		}
	}
	var vars []*Var
	for _, v := range l.m.Vars {
		if !v.merged {
			vars = append(vars, v)
		}
	}
	l.m.Vars = vars
}

// overlaps reports whether the classes c and the interference of a
// variable share a variable.
func overlaps(c, s varSet) bool {
	for i := range c {
		if c[i]&s[i] != 0 {
			return true
		}
	}
	return false
}

// renameIdents renames the identifiers of Go code (tokens, so that string
// literals and comments are left alone).
func renameIdents(code string, rename map[string]string) string {
	if code == "" {
		return code
	}
	var s scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(code))
	s.Init(file, []byte(code), nil, scanner.ScanComments)
	var b strings.Builder
	last := 0
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok != token.IDENT {
			continue
		}
		to, ok := rename[lit]
		if !ok {
			continue
		}
		off := file.Offset(pos)
		b.WriteString(code[last:off])
		b.WriteString(to)
		last = off + len(lit)
	}
	b.WriteString(code[last:])
	return b.String()
}
