// Package restate is the Restate peer: Restate server 1.7.12 (the binary of
// the npm package @restatedev/restate-server, installed by setup.sh) and
// services written with the Go SDK github.com/restatedev/sdk-go v1.2.0.
//
// Factory starts, for one run:
//
//   - a restate-server process with its data under Config.Dir, listening on
//     free loopback ports for ingress, admin and node-to-node traffic (the
//     configuration file it writes is in server.go, with the settings and
//     why);
//   - the SDK's HTTP/2 (h2c) endpoint on a free loopback port inside this
//     process, serving the services below;
//   - a registration of that endpoint with the server's admin API.
//
// Every workload call then goes through the HTTP ingress, as a client of a
// Restate deployment would call it, over keep-alive connections.
//
// Services:
//
//   - virtual object Counter: Create and Add exclusive, Value shared;
//   - virtual object Account: Open, Withdraw and Deposit exclusive, Balance
//     shared;
//   - service Bank: Transfer asks the source Account to Withdraw and, when
//     it did, the destination to Deposit (refunding the source when the
//     deposit fails for good). Bank is a stateless service, not a handler on
//     Account, because an exclusive handler of A calling an exclusive
//     handler of B deadlocks against a concurrent transfer from B to A.
//     The transfer is durable (Restate retries it to completion from its
//     journal after a crash) but not isolated: between the two calls the
//     money is in flight;
//   - virtual object Blob: Create and Touch exclusive, the 50 KB state kept
//     as raw bytes (binary codec).
package restate
