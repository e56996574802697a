// Package workload holds the benchmark's workloads, written once against
// the interfaces of package system so that every system runs the same
// requests:
//
//   - Counters: single-entity durable update (Counters.Add of 1) over 1,000
//     keys drawn uniformly, from a Zipf distribution of exponent 0.99, or on
//     one hot key; at the end every counter must hold exactly the number of
//     its successful adds.
//   - Bank: transfers between accounts (one remote hop, per-account
//     exclusivity); at the end the sum of the balances must be unchanged
//     and no balance negative.
//   - Blobs: Touch of entities holding 50 KB of state each.
//   - HotelMix: the hotel application's request mix (examples/hotel), on
//     systems implementing Hotel; it reports the entity calls per request
//     (derived from the requests' kinds) and the events per request (as the
//     runtime counts them, when it does).
//
// A workload's Setup creates its entities under a prefix of its own, so
// one system can run several workloads one after the other, and returns
// the operation the load generator calls; Check verifies the final state.
package workload
