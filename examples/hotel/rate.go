package hotel

// RoomType describes a plan's room.
type RoomType struct {
	Code        string
	Description string
}

// RatePlan is one rate plan of a hotel.
type RatePlan struct {
	HotelID            string
	Code               string
	InDate             string
	OutDate            string
	Room               RoomType
	BookableRate       float64
	TotalRate          float64
	TotalRateInclusive float64
}

// Rate is a replica of the rate service: the rate plans of all hotels.
//
//stateflow:entity
type Rate struct {
	ID    string
	Plans []RatePlan
}

// NewRate builds a rate replica holding the 28 plans of the data set: three
// seed plans for hotels 1-3, then one for every i in 4..80 with i%3 == 0.
func NewRate(id string) *Rate {
	king := RoomType{Code: "KNG", Description: "King sized bed"}
	queen := RoomType{Code: "QN", Description: "Queen sized bed"}
	seed := func(hotel string, room RoomType, rate, inclusive float64) RatePlan {
		return RatePlan{HotelID: hotel, Code: "RACK", InDate: "2015-04-09", OutDate: "2015-04-10", Room: room,
			BookableRate: rate, TotalRate: rate, TotalRateInclusive: inclusive}
	}
	r := &Rate{ID: id, Plans: []RatePlan{
		seed("1", king, 109, 123.17),
		seed("2", queen, 139, 153.09),
		seed("3", king, 109, 123.17),
	}}
	for i := 4; i <= Hotels; i++ {
		if i%3 != 0 {
			continue
		}
		out := "2015-04-24"
		if i%2 == 0 {
			out = "2015-04-17"
		}
		rate, inclusive := overrideByMod5(i, 109, 123.17)
		r.Plans = append(r.Plans, RatePlan{HotelID: hotelID(i), Code: "RACK", InDate: "2015-04-09", OutDate: out,
			Room: king, BookableRate: rate, TotalRate: rate, TotalRateInclusive: inclusive})
	}
	return r
}

// Key returns the replica's key.
func (r *Rate) Key() string { return r.ID }

// GetRates returns the plans of the given hotels, in the table's order. The
// dates are accepted as the benchmark does, without filtering.
//
//stateflow:readonly
func (r *Rate) GetRates(hotelIDs []string, inDate, outDate string) []RatePlan {
	want := map[string]bool{}
	for _, id := range hotelIDs {
		want[id] = true
	}
	plans := []RatePlan{}
	for _, p := range r.Plans {
		if want[p.HotelID] {
			plans = append(plans, p)
		}
	}
	return plans
}
