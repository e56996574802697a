package testprog

import (
	"errors"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

func sfAccountResumeRelay(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
	_ = sfState.(*Account)
	var (
		to     *Account
		amount int
		sfT0   bool
		sfR0   int
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
		to = decRefAccount(&sfD)
		amount = int(sfD.Int())
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
		if sfIn.Failure != nil {
			return sfCallFailed(sfIn.Failure, "Account", "Busy")
		}
		sfD = wire.NewDecoder(sfIn.Reply)
		sfT0 = sfD.Bool()
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
		sfB = 1
	case 2:
		if sfIn.Failure != nil {
			var sfFail error
			if err, sfFail = sfCallErr(sfIn.Failure, "Account", "Deposit"); sfFail != nil {
				return sfFail
			}
		} else {
			sfD := wire.NewDecoder(sfIn.Reply)
			sfR0 = int(sfD.Int())
			if sfErr := sfD.Finish(); sfErr != nil {
				return &stateflow.ArgError{Err: sfErr}
			}
		}
		sfB = 2
	default:
		return sfNoPC("Relay", sfIn.PC)
	}
	for {
		switch sfB {
		case 0:
			sfOut.PC = 1
			sfOut.Frame = wire.AppendInt(encRefAccount(sfOut.Frame, to), int64(amount))
			sfOut.Call = ir.RemoteCall{Kind: ir.ReadField, Target: stateflow.Address{Entity: "Account", Key: to.ID}, Member: "Busy"}
			return nil
		case 1:
			if !sfT0 {
				return errors.New("the caller is not busy")
			}
			sfOut.PC = 2
			sfOut.Call = ir.RemoteCall{Kind: ir.CallMethod, Target: stateflow.Address{Entity: "Account", Key: to.ID},
				Member: "Deposit", Args: wire.AppendInt(nil, int64(amount))}
			return nil
		case 2:
			if err != nil {
				return err
			}
			sfOut.Results = wire.AppendInt(sfOut.Results, int64(sfR0))
			sfOut.Done = true
			return nil
		}
	}
}

func sfAccountResumePoke(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
	a := sfState.(*Account)
	var (
		other *Account
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
			return sfCallFailed(sfIn.Failure, "Account", "Explode")
		}
		sfB = 1
	default:
		return sfNoPC("Poke", sfIn.PC)
	}
	for {
		switch sfB {
		case 0:
			a.Visits++
			sfOut.PC = 1
			sfOut.Call = ir.RemoteCall{Kind: ir.CallMethod, Target: stateflow.Address{Entity: "Account", Key: other.ID}, Member: "Explode"}
			return nil
		case 1:
			sfOut.Results = wire.AppendInt(sfOut.Results, int64(a.Visits))
			sfOut.Done = true
			return nil
		}
	}
}

func sfAccountResumePayTwice(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
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
		to = decRefAccount(&sfD)
		amount = int(sfD.Int())
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
		if sfIn.Failure != nil {
			var sfFail error
			if err, sfFail = sfCallErr(sfIn.Failure, "Account", "Transfer"); sfFail != nil {
				return sfFail
			}
		}
		sfB = 1
	case 2:
		if sfIn.Failure != nil {
			var sfFail error
			if err, sfFail = sfCallErr(sfIn.Failure, "Account", "pay"); sfFail != nil {
				return sfFail
			}
		}
		sfB = 2
	default:
		return sfNoPC("PayTwice", sfIn.PC)
	}
	for {
		switch sfB {
		case 0: // if err := a.Transfer(to, amount); ...
			sfOut.PC = 1
			sfOut.Frame = wire.AppendInt(encRefAccount(sfOut.Frame, to), int64(amount))
			sfOut.Call = ir.RemoteCall{Kind: ir.CallMethod, Target: stateflow.Address{Entity: "Account", Key: a.ID},
				Member: "Transfer", Args: wire.AppendInt(encRefAccount(nil, to), int64(amount))}
			return nil
		case 1: // ...; err != nil { return err }; return a.pay(to, amount)
			if err != nil {
				return err
			}
			sfOut.PC = 2
			sfOut.Call = ir.RemoteCall{Kind: ir.CallMethod, Target: stateflow.Address{Entity: "Account", Key: a.ID},
				Member: "pay", Args: wire.AppendInt(encRefAccount(nil, to), int64(amount))}
			return nil
		case 2:
			if err != nil {
				return err
			}
			sfOut.Done = true
			return nil
		}
	}
}

func sfAccountResumePay(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
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
		return sfNoPC("pay", sfIn.PC)
	}
	for {
		switch sfB {
		case 0:
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
