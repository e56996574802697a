// Package hotel is the DeathStar hotel-reservation application written as
// StateFlow entities, with the data set and workload of the StateFlow port
// of the benchmark.
//
// The read-only services Geo, Rate, Search, Recommend and Profile are
// replicated: each replica (keyed "geo-service-{p}", "rate-service-{p}",
// ... for p in 0..N-1) holds the full data set, built by its constructor
// from the formulas of the benchmark. Reservation entities are keyed by
// hotel id ("1".."80") and User entities by user name ("TUDelft_0" ..
// "TUDelft_499"). Search.Nearby calls a Geo replica and then a Rate
// replica, so the compiler splits it.
//
// NextRequest draws requests with the benchmark's mix and distributions.
// Package frontend loads the data set through the generated client and
// runs those requests. Serve the entities with
//
//	stateflow run ./examples/hotel
//
// and load the data set with frontend.Load over an ingress client.
package hotel

//go:generate go run github.com/stateflow-go/stateflow/cmd/stateflow gen
