package hotel

// Search is a replica of the search service; it holds no data and asks the
// geo and rate replicas.
//
//stateflow:entity
type Search struct {
	ID string
}

// NewSearch builds a search replica.
func NewSearch(id string) *Search { return &Search{ID: id} }

// Key returns the replica's key.
func (s *Search) Key() string { return s.ID }

// Nearby returns the hotel ids of the rate plans of the hotels nearest to
// (lat, lon): the geo replica finds the hotels, the rate replica their plans.
func (s *Search) Nearby(geo *Geo, rate *Rate, lat, lon float64, inDate, outDate string) []string {
	nearest := geo.Nearest(lat, lon)
	plans := rate.GetRates(nearest, inDate, outDate)
	ids := []string{}
	for _, p := range plans {
		ids = append(ids, p.HotelID)
	}
	return ids
}
