package workload

import (
	"context"

	"github.com/stateflow-go/stateflow/examples/hotel"
)

// Hotel is implemented by the systems that run the hotel application of
// examples/hotel (StateFlow's): the data set loaded once, then the
// requests of the mix.
type Hotel interface {
	// LoadHotel creates the hotel data set.
	LoadHotel(ctx context.Context) error
	// HotelRequest runs one request as the application's frontend does;
	// worker is the load generator's worker index.
	HotelRequest(ctx context.Context, worker int, req hotel.Request) error
}

// EventCounter is implemented by systems that count the events (entity
// steps: calls, and the resumptions of split methods after a remote call)
// they execute.
type EventCounter interface {
	// Events returns the number of events executed so far.
	Events() (int64, error)
}
