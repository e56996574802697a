package hotel

import "sort"

// Point is a hotel's location.
type Point struct {
	HotelID string
	Lat     float64
	Lon     float64
}

// Geo is a replica of the geo service: the locations of all hotels.
//
//stateflow:entity
type Geo struct {
	ID     string
	Points []Point
}

// NewGeo builds a geo replica holding the locations of hotels 1..80.
func NewGeo(id string) *Geo {
	g := &Geo{ID: id, Points: make([]Point, 0, Hotels)}
	for i := 1; i <= Hotels; i++ {
		lat, lon := hotelPoint(i)
		g.Points = append(g.Points, Point{HotelID: hotelID(i), Lat: lat, Lon: lon})
	}
	return g
}

// Key returns the replica's key.
func (g *Geo) Key() string { return g.ID }

// MaxSearchKm is the search radius of Nearest.
const MaxSearchKm = 10

// MaxSearchResults is the most hotels Nearest returns.
const MaxSearchResults = 5

// Nearest returns the ids of the hotels within 10 km of (lat, lon), at most
// five, nearest first (ties in table order).
//
//stateflow:readonly
func (g *Geo) Nearest(lat, lon float64) []string {
	type hit struct {
		id string
		km float64
	}
	var hits []hit
	for _, p := range g.Points {
		if km := haversine(lat, lon, p.Lat, p.Lon); km <= MaxSearchKm {
			hits = append(hits, hit{p.HotelID, km})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].km < hits[b].km })
	ids := []string{}
	for _, h := range hits[:min(len(hits), MaxSearchResults)] {
		ids = append(ids, h.id)
	}
	return ids
}
