// Package peers gathers the systems the benchmark compares StateFlow with:
// a hand-written Go baseline, Proto.Actor Go, DBOS Transact Go on
// PostgreSQL and Restate. Each lives in a sub-package of its own; setup.sh
// installs and starts the external programs the durable ones need.
package peers

import (
	"github.com/stateflow-go/stateflow/bench/peers/baseline"
	"github.com/stateflow-go/stateflow/bench/peers/dbos"
	"github.com/stateflow-go/stateflow/bench/peers/protoactor"
	"github.com/stateflow-go/stateflow/bench/peers/restate"
	"github.com/stateflow-go/stateflow/bench/system"
)

// Factories returns the peer systems by name: "baseline", "protoactor",
// "dbos" and "restate". A factory whose external program is unavailable
// (no PostgreSQL URL, no Restate server under Config.Tools) returns an
// error saying so.
func Factories() map[string]system.Factory {
	return map[string]system.Factory{
		baseline.Name:   baseline.Factory,
		protoactor.Name: protoactor.Factory,
		dbos.Name:       dbos.Factory,
		restate.Name:    restate.Factory,
	}
}
