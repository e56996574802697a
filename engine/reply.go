package engine

import (
	"errors"
	"fmt"

	"github.com/stateflow-go/stateflow"
)

// ExpectReply returns the error reply stands for, or an error when a
// successful reply is not of the kind the request calls for (a Result for
// an Invoke, Created for a Create, State for a GetState).
func ExpectReply(reply *Event, kind Kind) error {
	if err := ReplyError(reply); err != nil {
		return err
	}
	if reply.Kind != kind {
		return fmt.Errorf("engine: %s answered with %s, want %s", reply.Target, reply.Kind, kind)
	}
	return nil
}

// ReplyError returns the error that a reply stands for, in the vocabulary of
// package stateflow, or nil for a successful reply:
//
//	NotFound                 *stateflow.NotFoundError (matches stateflow.ErrNotFound)
//	Failed, FailExists       an error wrapping stateflow.ErrExists, naming the address
//	Failed, FailBadArgs      *stateflow.ArgError (matches stateflow.ErrBadRequest)
//	Failed, FailOperation    *stateflow.OpError
//	Failed, FailPanic        *stateflow.OpError with Panic set
//	Failed, FailKeyChanged   *stateflow.OpError
//	Failed, FailCallee       *stateflow.OpError (the callee's message)
//	Failed, FailDeadlock     *stateflow.OpError (the message names the cycle)
//	Failed, FailInternal     an error naming the address and the problem
//
// Every runtime maps the replies it hands to clients with it.
func ReplyError(reply *Event) error {
	switch reply.Kind {
	case Created, Result, Found, State, Pong, FieldValue:
		return nil
	case NotFound:
		return &stateflow.NotFoundError{What: string(reply.Payload)}
	case Failed:
	default:
		return fmt.Errorf("engine: %s event is not a reply", reply.Kind)
	}
	f, err := DecodeFailure(reply.Payload)
	if err != nil {
		return fmt.Errorf("engine: Failed reply from %s: %w", reply.Target, err)
	}
	switch f.Code {
	case FailExists:
		return fmt.Errorf("%w: %s", stateflow.ErrExists, reply.Target)
	case FailBadArgs:
		return &stateflow.ArgError{Param: f.Param, Err: errors.New(f.Message)}
	case FailInternal:
		return fmt.Errorf("stateflow: internal error at %s: %s", reply.Target, f.Message)
	}
	return &stateflow.OpError{
		Entity:  reply.Target.Entity,
		Key:     reply.Target.Key,
		Method:  reply.Method,
		Message: f.Message,
		Panic:   f.Code == FailPanic,
	}
}
