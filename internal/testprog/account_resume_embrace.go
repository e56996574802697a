package testprog

import (
	"errors"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// sfAccountResumeEmbrace runs Embrace, whose loop condition reads the
// other account's flag: a suspension in a loop header.
func sfAccountResumeEmbrace(sfState any, sfIn *ir.StepIn, sfOut *ir.StepOut) error {
	a := sfState.(*Account)
	var (
		other *Account
		spins int
		i     int
		sfT0  bool
		n     int
		err   error
		sfB   int
	)
	switch sfIn.PC {
	case 0:
		sfD := wire.NewDecoder(sfIn.Args)
		other = decRefAccount(&sfD)
		spins = int(sfD.Int())
		if sfErr := sfD.Finish(); sfErr != nil {
			return &stateflow.ArgError{Err: sfErr}
		}
	case 1:
		sfD := wire.NewDecoder(sfIn.Frame)
		other = decRefAccount(&sfD)
		spins = int(sfD.Int())
		i = int(sfD.Int())
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
		sfB = 2
	case 2:
		if sfIn.Failure != nil {
			var sfFail error
			if err, sfFail = sfCallErr(sfIn.Failure, "Account", "Deposit"); sfFail != nil {
				return sfFail
			}
		} else {
			sfD := wire.NewDecoder(sfIn.Reply)
			n = int(sfD.Int())
			if sfErr := sfD.Finish(); sfErr != nil {
				return &stateflow.ArgError{Err: sfErr}
			}
		}
		sfB = 5
	default:
		return sfNoPC("Embrace", sfIn.PC)
	}
	for {
		switch sfB {
		case 0: // a.Busy = true; i := 0
			a.Busy = true
			i = 0
			sfB = 1
		case 1: // for ...; !other.Busy; ...
			sfOut.PC = 1
			sfOut.Frame = wire.AppendInt(wire.AppendInt(encRefAccount(sfOut.Frame, other), int64(spins)), int64(i))
			sfOut.Call = ir.RemoteCall{Kind: ir.ReadField, Target: stateflow.Address{Entity: "Account", Key: other.ID}, Member: "Busy"}
			return nil
		case 2:
			if !sfT0 {
				sfB = 3
			} else {
				sfB = 4
			}
		case 3: // the loop body and i++
			if i == spins {
				a.Busy = false
				return errors.New("the other account never got busy")
			}
			i++
			sfB = 1
		case 4: // n, err := other.Deposit(1)
			sfOut.PC = 2
			sfOut.Call = ir.RemoteCall{Kind: ir.CallMethod, Target: stateflow.Address{Entity: "Account", Key: other.ID},
				Member: "Deposit", Args: wire.AppendInt(nil, 1)}
			return nil
		case 5:
			if err != nil {
				return err
			}
			a.Busy = false
			sfOut.Results = wire.AppendInt(sfOut.Results, int64(n))
			sfOut.Done = true
			return nil
		}
	}
}
