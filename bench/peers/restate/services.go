package restate

import (
	restate "github.com/restatedev/sdk-go"

	"github.com/stateflow-go/stateflow/bench/peers/internal/blob"
)

// Service and object names, as they appear in ingress URLs.
const (
	counterObject = "Counter"
	accountObject = "Account"
	bankService   = "Bank"
	blobObject    = "Blob"
)

// stateKey is the state entry every object keeps its value in.
const stateKey = "v"

// transferRequest is the input of Bank/Transfer.
type transferRequest struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Amount int64  `json:"amount"`
}

// definitions returns the services the endpoint serves.
func definitions() []restate.ServiceDefinition {
	return []restate.ServiceDefinition{
		restate.NewObject(counterObject).
			Handler("Create", restate.NewObjectHandler(setValue)).
			Handler("Add", restate.NewObjectHandler(addValue)).
			Handler("Value", restate.NewObjectSharedHandler(getValue)),
		restate.NewObject(accountObject).
			Handler("Open", restate.NewObjectHandler(setValue)).
			Handler("Withdraw", restate.NewObjectHandler(withdraw)).
			Handler("Deposit", restate.NewObjectHandler(addValue)).
			Handler("Balance", restate.NewObjectSharedHandler(getValue)),
		restate.NewService(bankService).
			Handler("Transfer", restate.NewServiceHandler(transfer)),
		restate.NewObject(blobObject).
			Handler("Create", restate.NewObjectHandler(createBlob)).
			Handler("Touch", restate.NewObjectHandler(touchBlob)),
	}
}

// load reads the object's value; an object never set does not exist.
func load(ctx restate.ObjectSharedContext) (int64, error) {
	v, err := restate.Get[*int64](ctx, stateKey)
	if err != nil {
		return 0, err
	}
	if v == nil {
		return 0, restate.TerminalErrorf("object %q does not exist", restate.Key(ctx))
	}
	return *v, nil
}

func setValue(ctx restate.ObjectContext, value int64) (int64, error) {
	restate.Set(ctx, stateKey, value)
	return value, nil
}

func addValue(ctx restate.ObjectContext, delta int64) (int64, error) {
	v, err := load(ctx)
	if err != nil {
		return 0, err
	}
	v += delta
	restate.Set(ctx, stateKey, v)
	return v, nil
}

func getValue(ctx restate.ObjectSharedContext, _ restate.Void) (int64, error) {
	return load(ctx)
}

func withdraw(ctx restate.ObjectContext, amount int64) (bool, error) {
	v, err := load(ctx)
	if err != nil {
		return false, err
	}
	if v < amount {
		return false, nil
	}
	restate.Set(ctx, stateKey, v-amount)
	return true, nil
}

func transfer(ctx restate.Context, req transferRequest) (bool, error) {
	if req.Amount < 0 {
		return false, restate.TerminalErrorf("transfer of negative amount %d", req.Amount)
	}
	ok, err := restate.Object[bool](ctx, accountObject, req.From, "Withdraw").Request(req.Amount)
	if err != nil || !ok {
		return false, err
	}
	_, err = restate.Object[int64](ctx, accountObject, req.To, "Deposit").Request(req.Amount)
	if err != nil {
		if _, rerr := restate.Object[int64](ctx, accountObject, req.From, "Deposit").Request(req.Amount); rerr != nil {
			return false, rerr
		}
		return false, err
	}
	return true, nil
}

func createBlob(ctx restate.ObjectContext, size int) (restate.Void, error) {
	st, err := blob.New(size)
	if err != nil {
		return restate.Void{}, restate.ToTerminalError(err)
	}
	restate.Set(ctx, stateKey, st, restate.WithBinary)
	return restate.Void{}, nil
}

func touchBlob(ctx restate.ObjectContext, _ restate.Void) (int64, error) {
	st, err := restate.Get[[]byte](ctx, stateKey, restate.WithBinary)
	if err != nil {
		return 0, err
	}
	if st == nil {
		return 0, restate.TerminalErrorf("blob %q does not exist", restate.Key(ctx))
	}
	sum, terr := blob.Touch(st)
	if terr != nil {
		return 0, restate.ToTerminalError(terr)
	}
	restate.Set(ctx, stateKey, st, restate.WithBinary)
	return sum, nil
}
