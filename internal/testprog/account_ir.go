package testprog

import (
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

func encAccount(b []byte, v *Account) []byte {
	b = wire.AppendString(b, v.ID)
	b = wire.AppendInt(b, int64(v.Balance))
	b = wire.AppendBool(b, v.Busy)
	return wire.AppendInt(b, int64(v.Visits))
}

func decAccount(d *wire.Decoder, v *Account) {
	v.ID = d.String()
	v.Balance = int(d.Int())
	v.Busy = d.Bool()
	v.Visits = int(d.Int())
}

func encRefAccount(b []byte, v *Account) []byte {
	if v == nil {
		return wire.AppendRef(b, "", true)
	}
	return wire.AppendRef(b, v.ID, false)
}

func decRefAccount(d *wire.Decoder) *Account {
	if key, isNil := d.Ref(); !isNil {
		return &Account{ID: key}
	}
	return nil
}

func readAccountField(b []byte, s any, field string) ([]byte, bool) {
	v := s.(*Account)
	switch field {
	case "ID":
		return wire.AppendString(b, v.ID), true
	case "Balance":
		return wire.AppendInt(b, int64(v.Balance)), true
	case "Busy":
		return wire.AppendBool(b, v.Busy), true
	case "Visits":
		return wire.AppendInt(b, int64(v.Visits)), true
	}
	return b, false
}

// machine describes a split method whose blocks run in sequence, each
// ending at the call that the next resume point answers; live lists the
// frame variables of each resume point after the entry.
func machine(calls []*ir.Call, live ...[]string) *ir.Machine {
	m := &ir.Machine{Resumes: []*ir.ResumePoint{{PC: 0, Block: 0}}}
	for i := range len(calls) + 1 {
		b := &ir.Block{ID: i, Label: "block " + string(rune('0'+i))}
		if i < len(calls) {
			b.Suspend = i + 1
			m.Resumes = append(m.Resumes, &ir.ResumePoint{PC: i + 1, Block: i + 1, Call: calls[i], Live: live[i]})
		} else {
			b.Return = true
		}
		m.Blocks = append(m.Blocks, b)
	}
	return m
}

func accountEntity() *ir.Entity {
	str := &ir.Type{Kind: ir.String, GoExpr: "string"}
	integer := &ir.Type{Kind: ir.Int, GoExpr: "int"}
	boolean := &ir.Type{Kind: ir.Bool, GoExpr: "bool"}
	ref := &ir.Type{Kind: ir.Ref, GoExpr: "*Account", Entity: "Account"}
	state := &ir.Type{Kind: ir.Struct, Name: "Account", GoExpr: "Account", Fields: []*ir.Field{
		{Name: "ID", JSONName: "ID", Type: str},
		{Name: "Balance", JSONName: "Balance", Type: integer},
		{Name: "Busy", JSONName: "Busy", Type: boolean},
		{Name: "Visits", JSONName: "Visits", Type: integer},
	}}
	param := func(name string, t *ir.Type) *ir.Param { return &ir.Param{Name: name, Type: t} }
	call := func(member string) *ir.Call { return &ir.Call{Kind: ir.CallMethod, Entity: "Account", Member: member} }
	read := func(field string) *ir.Call { return &ir.Call{Kind: ir.ReadField, Entity: "Account", Member: field} }
	split := func(m *ir.Method, live ...[]string) *ir.Method {
		m.Split = true
		if m.Name == "Embrace" {
			m.Machine = embraceMachine(m.Calls)
		} else {
			m.Machine = machine(m.Calls, live...)
		}
		return m
	}
	transfer := []*ir.Param{param("to", ref), param("amount", integer)}
	return &ir.Entity{
		Name: "Account", State: state, KeyField: "ID",
		EncodeState: func(b []byte, s any) []byte { return encAccount(b, s.(*Account)) },
		DecodeState: func(b []byte) (any, error) {
			d := wire.NewDecoder(b)
			v := new(Account)
			decAccount(&d, v)
			return v, d.Finish()
		},
		Key:       func(s any) string { return s.(*Account).ID },
		ReadField: readAccountField,
		Constructor: &ir.Method{Name: "NewAccount", Kind: ir.Constructor, Error: true,
			Params: []*ir.Param{param("id", str), param("balance", integer)},
			Create: func(args []byte) (any, error) {
				d := wire.NewDecoder(args)
				id, balance := d.String(), int(d.Int())
				if err := d.Finish(); err != nil {
					return nil, argErr(err)
				}
				return NewAccount(id, balance)
			}},
		Methods: []*ir.Method{
			split(&ir.Method{Name: "Bounce", Params: []*ir.Param{param("via", ref), param("amount", integer)},
				Results: []*ir.Param{{Type: integer}, {Type: integer}}, Error: true,
				Calls: []*ir.Call{call("Relay")}, Resume: sfAccountResumeBounce}, nil),
			{Name: "Deposit", Params: []*ir.Param{param("amount", integer)}, Results: []*ir.Param{{Type: integer}}, Error: true,
				Invoke: func(s any, args, dst []byte) ([]byte, error) {
					d := wire.NewDecoder(args)
					amount := int(d.Int())
					if err := d.Finish(); err != nil {
						return nil, argErr(err)
					}
					n, err := s.(*Account).Deposit(amount)
					if err != nil {
						return nil, err
					}
					return wire.AppendInt(dst, int64(n)), nil
				}},
			split(&ir.Method{Name: "Embrace", Params: []*ir.Param{param("other", ref), param("spins", integer)},
				Results: []*ir.Param{{Type: integer}}, Error: true,
				Calls: []*ir.Call{read("Busy"), call("Deposit")}, Resume: sfAccountResumeEmbrace},
				[]string{"other", "spins", "i"}, nil),
			{Name: "Explode", Invoke: func(s any, args, dst []byte) ([]byte, error) {
				s.(*Account).Explode()
				return dst, nil
			}},
			split(&ir.Method{Name: "Open", Params: []*ir.Param{param("id", str), param("amount", integer)},
				Results: []*ir.Param{{Type: ref}}, Error: true,
				Calls:  []*ir.Call{{Kind: ir.CreateEntity, Entity: "Account", Member: "NewAccount"}},
				Resume: sfAccountResumeOpen}, []string{"amount"}),
			split(&ir.Method{Name: "PayTwice", Params: transfer, Error: true,
				Calls: []*ir.Call{call("Transfer"), call("pay")}, Resume: sfAccountResumePayTwice},
				[]string{"to", "amount"}, nil),
			split(&ir.Method{Name: "Poke", Params: []*ir.Param{param("other", ref)}, Results: []*ir.Param{{Type: integer}},
				Calls: []*ir.Call{call("Explode")}, Resume: sfAccountResumePoke}, nil),
			split(&ir.Method{Name: "Relay", Params: transfer, Results: []*ir.Param{{Type: integer}}, Error: true,
				Calls: []*ir.Call{read("Busy"), call("Deposit")}, Resume: sfAccountResumeRelay},
				[]string{"to", "amount"}, nil),
			split(&ir.Method{Name: "Richer", Params: []*ir.Param{param("other", ref)}, Results: []*ir.Param{{Type: boolean}},
				Readonly: true, Calls: []*ir.Call{read("Balance")}, Resume: sfAccountResumeRicher}, nil),
			split(&ir.Method{Name: "Transfer", Params: transfer, Error: true,
				Calls: []*ir.Call{call("Deposit")}, Resume: sfAccountResumeTransfer}, []string{"amount"}),
			split(&ir.Method{Name: "pay", Params: transfer, Error: true, Internal: true,
				Calls: []*ir.Call{call("Deposit")}, Resume: sfAccountResumePay}, []string{"amount"}),
		},
	}
}

// embraceMachine is the state machine of Embrace, whose loop reads the
// other account's Busy flag at every iteration.
func embraceMachine(calls []*ir.Call) *ir.Machine {
	return &ir.Machine{
		Blocks: []*ir.Block{
			{ID: 0, Label: "a.Busy = true; i := 0", Succs: []int{1}},
			{ID: 1, Label: "!other.Busy", Suspend: 1},
			{ID: 2, Label: "for !other.Busy", Succs: []int{3, 4}},
			{ID: 3, Label: "if i == spins; i++", Succs: []int{1}, Return: true},
			{ID: 4, Label: "n, err := other.Deposit(1)", Suspend: 2},
			{ID: 5, Label: "a.Busy = false; return n, nil", Return: true},
		},
		Resumes: []*ir.ResumePoint{
			{PC: 0, Block: 0},
			{PC: 1, Block: 2, Call: calls[0], Live: []string{"other", "spins", "i"}},
			{PC: 2, Block: 5, Call: calls[1]},
		},
	}
}
