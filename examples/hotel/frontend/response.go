package frontend

import (
	"encoding/json"
	"net/http"

	"github.com/stateflow-go/stateflow/examples/hotel"
)

// FeatureCollection is the answer to a search or a recommendation: the
// hotels found as a GeoJSON feature collection, as DeathStar's frontend
// returns them so that a map can plot them directly.
type FeatureCollection struct {
	Type     string    `json:"type"` // "FeatureCollection"
	Features []Feature `json:"features"`
}

// Feature is one hotel of a FeatureCollection.
type Feature struct {
	Type       string            `json:"type"` // "Feature"
	ID         string            `json:"id"`   // the hotel id
	Properties FeatureProperties `json:"properties"`
	Geometry   Geometry          `json:"geometry"`
}

// FeatureProperties are the name and phone number of a hotel.
type FeatureProperties struct {
	Name        string `json:"name"`
	PhoneNumber string `json:"phone_number"`
}

// Geometry is a hotel's location: a GeoJSON point, longitude first.
type Geometry struct {
	Type        string     `json:"type"` // "Point"
	Coordinates [2]float64 `json:"coordinates"`
}

// Features returns the GeoJSON feature collection of hotels, in order.
func Features(hotels []hotel.HotelProfile) FeatureCollection {
	fc := FeatureCollection{Type: "FeatureCollection", Features: make([]Feature, 0, len(hotels))}
	for _, h := range hotels {
		fc.Features = append(fc.Features, Feature{
			Type:       "Feature",
			ID:         h.ID,
			Properties: FeatureProperties{Name: h.Name, PhoneNumber: h.PhoneNumber},
			Geometry:   Geometry{Type: "Point", Coordinates: [2]float64{h.Address.Lon, h.Address.Lat}},
		})
	}
	return fc
}

// Message is the answer to a login or a reservation.
type Message struct {
	Message string `json:"message"`
}

// The messages of logins and reservations, as DeathStar's frontend words
// them.
const (
	LoginOK       = "Login successfully!"
	ReserveOK     = "Reserve successfully!"
	WrongPassword = "Failed. Please check your username and password. "
	NoRooms       = "Failed. Already reserved. "
)

// message is the message answering a login or a reservation.
func message(kind hotel.Kind, res Result) Message {
	switch {
	case !res.LoggedIn:
		return Message{WrongPassword}
	case kind == hotel.LoginRequest:
		return Message{LoginOK}
	case res.Reserved:
		return Message{ReserveOK}
	}
	return Message{NoRooms}
}

// writeJSON answers v as JSON with status 200.
func writeJSON(w http.ResponseWriter, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}
