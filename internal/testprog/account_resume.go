package testprog

import (
	"errors"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// The resume functions of Account's split methods, written the way
// stateflow gen writes them: the receiver re-bound to the state of each
// step, the parameters and locals hoisted, a switch on the resume point
// that decodes the arguments (PC 0) or the frame and the reply, then a
// dispatch loop over the method's blocks. A block that reaches a
// suspension point fills sfOut and returns.

// sfCallFailed is the error with which a step fails when a call failed in
// a way its call site does not receive: the callee's failure, propagated.
func sfCallFailed(f *ir.CallFailure, callee, member string) error {
	return &stateflow.OpError{Entity: callee, Method: member, Message: f.Message, Panic: f.Panic}
}

// sfCallErr is the error result a call site receives for a callee's
// returned error, or a failure of the step when the failure is another.
func sfCallErr(f *ir.CallFailure, callee, member string) (err, fail error) {
	if f.Returned {
		return &stateflow.RemoteError{Message: f.Message}, nil
	}
	return nil, sfCallFailed(f, callee, member)
}

func sfNoPC(method string, pc int) error {
	return &stateflow.ArgError{Err: fmt.Errorf("Account.%s has no resume point %d", method, pc)}
}

func sfAccountResumeTransfer(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
	a := sfState.(*Account)
	var (
		to     *Account
		amount int
		err    error
		sfB    int
	)
	switch sfIn.PC {
	case 0:
		sfD := wire.NewDecoder(sfIn.Args)
		to = decRefAccount(&sfD)
		amount = int(sfD.Int())
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
	case 1:
		sfD := wire.NewDecoder(sfIn.Frame)
		amount = int(sfD.Int())
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
		if sfIn.Failure != nil {
			var sfFail error
			if err, sfFail = sfCallErr(sfIn.Failure, "Account", "Deposit"); sfFail != nil {
				return sfFail
			}
		}
		sfB = 1
	default:
		return sfNoPC("Transfer", sfIn.PC)
	}
	for {
		switch sfB {
		case 0:
			if amount > a.Balance {
				return fmt.Errorf("insufficient funds: %d < %d", a.Balance, amount)
			}
			sfOut.PC = 1
			sfOut.Frame = wire.AppendInt(sfOut.Frame, int64(amount))
			sfOut.Call = ir.RemoteCall{Kind: ir.CallMethod, Target: stateflow.Address{Entity: "Account", Key: to.ID},
				Member: "Deposit", Args: wire.AppendInt(nil, int64(amount))}
			return nil
		case 1:
			if err != nil {
				return err
			}
			a.Balance -= amount
			sfOut.Done = true
			return nil
		}
	}
}

func sfAccountResumeRicher(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
	a := sfState.(*Account)
	var (
		other *Account
		sfT0  int
		sfB   int
	)
	switch sfIn.PC {
	case 0:
		sfD := wire.NewDecoder(sfIn.Args)
		other = decRefAccount(&sfD)
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
	case 1:
		if sfIn.Failure != nil {
			return sfCallFailed(sfIn.Failure, "Account", "Balance")
		}
		sfD := wire.NewDecoder(sfIn.Reply)
		sfT0 = int(sfD.Int())
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
		sfB = 1
	default:
		return sfNoPC("Richer", sfIn.PC)
	}
	for {
		switch sfB {
		case 0:
			sfOut.PC = 1
			sfOut.Call = ir.RemoteCall{Kind: ir.ReadField, Target: stateflow.Address{Entity: "Account", Key: other.ID}, Member: "Balance"}
			return nil
		case 1:
			sfOut.Results = wire.AppendBool(sfOut.Results, a.Balance > sfT0)
			sfOut.Done = true
			return nil
		}
	}
}

func sfAccountResumeOpen(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
	a := sfState.(*Account)
	var (
		id     string
		amount int
		n      *Account
		err    error
		sfB    int
	)
	switch sfIn.PC {
	case 0:
		sfD := wire.NewDecoder(sfIn.Args)
		id = sfD.String()
		amount = int(sfD.Int())
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
	case 1:
		sfD := wire.NewDecoder(sfIn.Frame)
		amount = int(sfD.Int())
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
		if sfIn.Failure != nil {
			var sfFail error
			if err, sfFail = sfCallErr(sfIn.Failure, "Account", "NewAccount"); sfFail != nil {
				return sfFail
			}
		} else {
			sfD := wire.NewDecoder(sfIn.Reply)
			n = &Account{ID: sfD.String()}
			if sfErr := sfD.Finish(); sfErr != nil {
				return &stateflow.ArgError{Err: sfErr}
			}
		}
		sfB = 1
	default:
		return sfNoPC("Open", sfIn.PC)
	}
	for {
		switch sfB {
		case 0:
			if amount > a.Balance {
				return errors.New("insufficient funds")
			}
			sfOut.PC = 1
			sfOut.Frame = wire.AppendInt(sfOut.Frame, int64(amount))
			sfOut.Call = ir.RemoteCall{Kind: ir.CreateEntity, Target: stateflow.Address{Entity: "Account"}, Member: "NewAccount",
				Args: wire.AppendInt(wire.AppendString(nil, id), int64(amount))}
			return nil
		case 1:
			if err != nil {
				return err
			}
			a.Balance -= amount
			sfOut.Results = encRefAccount(sfOut.Results, n)
			sfOut.Done = true
			return nil
		}
	}
}

func sfAccountResumeBounce(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
	a := sfState.(*Account)
	var (
		via    *Account
		amount int
		n      int
		err    error
		sfB    int
	)
	switch sfIn.PC {
	case 0:
		sfD := wire.NewDecoder(sfIn.Args)
		via = decRefAccount(&sfD)
		amount = int(sfD.Int())
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
	case 1:
		if sfIn.Failure != nil {
			var sfFail error
			if err, sfFail = sfCallErr(sfIn.Failure, "Account", "Relay"); sfFail != nil {
				return sfFail
			}
		} else {
			sfD := wire.NewDecoder(sfIn.Reply)
			n = int(sfD.Int())
			if sfErr := sfD.Finish(); sfErr != nil {
				return &stateflow.ArgError{Err: sfErr}
			}
		}
		sfB = 1
	default:
		return sfNoPC("Bounce", sfIn.PC)
	}
	for {
		switch sfB {
		case 0:
			a.Busy = true
			sfOut.PC = 1
			sfOut.Call = ir.RemoteCall{Kind: ir.CallMethod, Target: stateflow.Address{Entity: "Account", Key: via.ID},
				Member: "Relay", Args: wire.AppendInt(encRefAccount(nil, a), int64(amount))}
			return nil
		case 1:
			if err != nil {
				return err
			}
			a.Busy = false
			sfOut.Results = wire.AppendInt(sfOut.Results, int64(n))
			sfOut.Results = wire.AppendInt(sfOut.Results, int64(a.Balance))
			sfOut.Done = true
			return nil
		}
	}
}
