package split

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// Lower splits one method: it checks the constructs the method may use,
// lowers the body into blocks cut at its suspension points, computes the
// variables live at each resume point and checks that they can travel in
// a frame. A method with diagnostics is returned as nil.
func Lower(in *Input) (m *Method, diags []Diagnostic) {
	l := &lowerer{
		in:    in,
		info:  in.Info,
		vars:  map[types.Object]*Var{},
		names: map[types.Object]string{},
		m:     &Method{Entity: in.Entity, Name: in.Method.Name, IR: in.Method},
	}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bugError)
			if !ok {
				panic(r)
			}
			m = nil
			diags = append(l.diags, Diagnostic{Pos: in.Decl.Name.Pos(),
				Message: "cannot split " + l.m.Entity + "." + l.m.Name + " (an internal error of stateflow gen): " + b.msg})
		}
	}()
	fn, _ := in.Info.Defs[in.Decl.Name].(*types.Func)
	if fn == nil || in.Decl.Body == nil {
		panic(bug("no function"))
	}
	l.sig = fn.Signature()
	l.recv = l.sig.Recv()
	l.collectNames()
	l.markSP()
	l.check()
	if len(l.diags) > 0 {
		return nil, l.diags
	}
	l.alias = newAliases(l)
	l.alias.walk(in.Decl.Body)
	l.signature()

	body := in.Decl.Body
	l.cur = l.newBlock(body.Lbrace, "entry")
	l.exit = l.newBlock(body.Rbrace, "return")
	l.exit.Term = Term{Kind: Return}
	l.exit.ended = true
	l.stmts(body.List)
	l.jumpTo(l.exit)
	for _, b := range l.blocks {
		if !b.ended {
			// A block no statement reaches (after an endless loop).
			b.Term = Term{Kind: Jump, To: l.exit.ID}
			b.ended = true
		}
	}
	l.liveness()
	l.allVars = l.m.Vars
	l.checkFrames()
	if len(l.diags) > 0 {
		return nil, l.diags
	}
	l.coalesce()
	l.finish()
	return l.m, nil
}

// signature makes function-level variables of the receiver's name, the
// parameters the body uses and the results.
func (l *lowerer) signature() {
	if l.recv != nil && l.recv.Name() != "" && l.recv.Name() != "_" && l.used(l.recv, l.in.Decl.Body) {
		l.m.Recv = l.nameFor(l.recv)
	}
	params := l.sig.Params()
	for i := range params.Len() {
		p := params.At(i)
		if p.Name() == "" || p.Name() == "_" || !l.used(p, l.in.Decl.Body) {
			l.m.Params = append(l.m.Params, nil)
			continue
		}
		v := l.variable(p, "parameter "+p.Name())
		if i < len(l.in.Method.Params) {
			v.Type = l.in.Method.Params[i].Type
		}
		l.m.Params = append(l.m.Params, v)
	}
	results := l.sig.Results()
	for i := range results.Len() {
		r := results.At(i)
		isErr := l.in.Method.Error && i == results.Len()-1
		var v *Var
		if r.Name() != "" && r.Name() != "_" {
			v = l.variable(r, "result "+r.Name())
		} else {
			name := "sfRes" + strconv.Itoa(i)
			if isErr {
				name = "sfResErr"
			}
			obj := types.NewVar(r.Pos(), l.in.Pkg, name, r.Type())
			l.names[obj] = name
			v = l.variable(obj, "result "+strconv.Itoa(i+1))
			v.temp = true
		}
		if isErr {
			l.m.Err = v
			continue
		}
		if i < len(l.in.Method.Results) {
			v.Type = l.in.Method.Results[i].Type
		}
		l.m.Results = append(l.m.Results, v)
	}
}

// finish writes the blocks' code, marks the variables generated code
// reads and describes the machine.
func (l *lowerer) finish() {
	used := map[*Var]bool{}
	for _, v := range l.resultVars() {
		used[v] = true
	}
	for _, r := range l.m.Resumes {
		for _, v := range r.Frame {
			used[v] = true
		}
	}
	mach := &ir.Machine{}
	var code strings.Builder
	for _, b := range l.blocks {
		for _, s := range b.stmts {
			b.Code = append(b.Code, s.text)
			code.WriteString(s.text + "\n")
		}
		if b.Term.Kind == Branch {
			code.WriteString("_ = " + b.Term.Cond + "\n")
		}
		mb := &ir.Block{ID: b.ID, Label: b.Label, Pos: b.Pos, Return: b.Term.Kind == Return}
		seen := map[int]bool{}
		succ := func(to int) {
			if !seen[to] {
				seen[to] = true
				mb.Succs = append(mb.Succs, to)
			}
		}
		for _, s := range b.stmts {
			for _, j := range s.jumps {
				succ(j.to)
			}
		}
		switch t := b.Term; t.Kind {
		case Jump:
			succ(t.To)
		case Branch:
			succ(t.Then)
			succ(t.Else)
		case Suspend:
			mb.Suspend = t.PC
		}
		mach.Blocks = append(mach.Blocks, mb)
		l.m.Blocks = append(l.m.Blocks, b)
	}
	for _, r := range l.m.Resumes {
		if r.Call.Target != "" {
			code.WriteString("_ = " + r.Call.Target + "\n")
		}
		for _, a := range r.Call.Args {
			code.WriteString("_ = " + a + "\n")
		}
	}
	read := readNames(code.String())
	for v := range used {
		read[v.Name] = true
	}
	for _, v := range l.m.Vars {
		v.Used = read[v.Name]
	}
	if !read[l.m.Recv] {
		// Nested calls address the receiver through the state.
		l.m.Recv = ""
	}
	entry := &ir.ResumePoint{PC: 0, Block: 0}
	l.live[0].each(func(i int) { entry.Live = append(entry.Live, l.allVars[i].Name) })
	mach.Resumes = append(mach.Resumes, entry)
	for _, r := range l.m.Resumes {
		rp := &ir.ResumePoint{PC: r.PC, Block: r.Block,
			Call: &ir.Call{Kind: r.Call.Kind, Entity: r.Call.Entity, Member: r.Call.Member, Pos: r.Call.Pos}}
		for _, v := range r.Frame {
			rp.Live = append(rp.Live, v.Name)
		}
		mach.Resumes = append(mach.Resumes, rp)
	}
	l.m.Exit = l.exit.ID
	l.m.Machine = mach
}

// readNames returns the identifiers that code reads, by Go's rule for
// "declared and not used": any appearance but on the left of an
// assignment or in an increment.
func readNames(code string) map[string]bool {
	src := "package p\nfunc _() {\n" + code + "\n}\n"
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.SkipObjectResolution)
	if err != nil {
		panic(bug("generated code does not parse: %v", err))
	}
	written := map[*ast.Ident]bool{}
	read := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, x := range n.Lhs {
				if id, ok := x.(*ast.Ident); ok {
					written[id] = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := n.X.(*ast.Ident); ok {
				written[id] = true
			}
		case *ast.Ident:
			if !written[n] {
				read[n.Name] = true
			}
		}
		return true
	})
	return read
}
