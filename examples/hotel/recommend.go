package hotel

import (
	"fmt"
	"math"
)

// The recommendation kinds.
const (
	ByDistance = "DISTANCE"
	ByRate     = "RATE"
	ByPrice    = "PRICE"
)

// RecommendEntry is a hotel as the recommendation service knows it.
type RecommendEntry struct {
	HotelID string
	Lat     float64
	Lon     float64
	Rate    float64
	Price   float64
}

// Recommend is a replica of the recommendation service.
//
//stateflow:entity
type Recommend struct {
	ID     string
	Hotels []RecommendEntry
}

// seedRates are the rate and price of hotels 1-6.
var seedRates = [...][2]float64{{109, 150}, {139, 120}, {109, 190}, {129, 160}, {119, 140}, {149, 200}}

// NewRecommend builds a recommendation replica holding hotels 1..80.
func NewRecommend(id string) *Recommend {
	r := &Recommend{ID: id, Hotels: make([]RecommendEntry, 0, Hotels)}
	for i := 1; i <= Hotels; i++ {
		lat, lon := hotelPoint(i)
		var rate, price float64
		switch {
		case i <= len(seedRates):
			rate, price = seedRates[i-1][0], seedRates[i-1][1]
		case i%3 == 0:
			rate, price = overrideByMod5(i, 135, 179)
		default:
			rate, price = 135, 179
		}
		r.Hotels = append(r.Hotels, RecommendEntry{HotelID: hotelID(i), Lat: lat, Lon: lon, Rate: rate, Price: price})
	}
	return r
}

// Key returns the replica's key.
func (r *Recommend) Key() string { return r.ID }

// Recommend returns the ids of the best hotels by kind, in table order:
// DISTANCE the nearest to (lat, lon), RATE the highest rate, PRICE the
// lowest price, all ties included.
//
//stateflow:readonly
func (r *Recommend) Recommend(kind string, lat, lon float64) ([]string, error) {
	var score func(e RecommendEntry) float64 // lower is better
	switch kind {
	case ByDistance:
		score = func(e RecommendEntry) float64 { return haversine(lat, lon, e.Lat, e.Lon) }
	case ByRate:
		score = func(e RecommendEntry) float64 { return -e.Rate }
	case ByPrice:
		score = func(e RecommendEntry) float64 { return e.Price }
	default:
		return nil, fmt.Errorf("recommendation kind %q is not %s, %s or %s", kind, ByDistance, ByRate, ByPrice)
	}
	best := math.Inf(1)
	for _, e := range r.Hotels {
		best = min(best, score(e))
	}
	ids := []string{}
	for _, e := range r.Hotels {
		if score(e) == best {
			ids = append(ids, e.HotelID)
		}
	}
	return ids, nil
}
