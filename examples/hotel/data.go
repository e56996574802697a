package hotel

import (
	"fmt"
	"math"
	"strconv"
)

// Hotels is the number of hotels of the data set; their ids are "1".."80".
const Hotels = 80

// seedHotel is one of the six hotels listed by the benchmark.
type seedHotel struct {
	name, phone, street, postal string
	lat, lon                    float64
}

// seedHotels are hotels 1-6.
var seedHotels = [...]seedHotel{
	{"Clift Hotel", "(415) 775-4700", "495 Geary St", "94102", 37.7867, -122.4112},
	{"W San Francisco", "(415) 777-5300", "181 3rd St", "94103", 37.7854, -122.4005},
	{"Hotel Zetta", "(415) 543-8555", "55 5th St", "94103", 37.7834, -122.4071},
	{"Hotel Vitale", "(415) 278-3700", "8 Mission St", "94105", 37.7936, -122.3930},
	{"Phoenix Hotel", "(415) 776-1380", "601 Eddy St", "94109", 37.7831, -122.4181},
	{"St. Regis San Francisco", "(415) 284-4000", "125 3rd St", "94109", 37.7863, -122.4015},
}

// hotelID is the id of hotel i.
func hotelID(i int) string { return strconv.Itoa(i) }

// hotelPoint is the location of hotel i: listed for 1-6, from the
// benchmark's formulas for 7-80.
func hotelPoint(i int) (lat, lon float64) {
	if i <= len(seedHotels) {
		h := seedHotels[i-1]
		return h.lat, h.lon
	}
	return 37.7835 + float64(i)/500*3, -122.41 + float64(i)/500*4
}

// overrideByMod5 gives the rate and inclusive rate (or rate and price)
// that i%5 selects for the hotels with i%3 == 0.
func overrideByMod5(i int, rate, other float64) (float64, float64) {
	switch i % 5 {
	case 0:
		return 109, 123.17
	case 1:
		return 120, 140
	case 2:
		return 124, 144
	case 3:
		return 132, 158
	case 4:
		return 232, 258
	}
	return rate, other
}

// hotelCapacity is the number of rooms of hotel i.
func hotelCapacity(i int) int {
	switch {
	case i <= len(seedHotels):
		return 200
	case i%3 == 1:
		return 300
	case i%3 == 2:
		return 250
	}
	return 200
}

// description is the one-sentence description of a seed hotel.
func description(h seedHotel) string {
	return fmt.Sprintf("%s is a hotel at %s in San Francisco, a short walk from Union Square, "+
		"the Moscone Center and the shops, restaurants and theatres of downtown.", h.name, h.street)
}

// haversine is the great-circle distance in km between two points, with
// the Earth's radius 6371 km.
func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// ServiceKey is the key of replica p of a replicated service, e.g.
// ServiceKey("geo", 3) is "geo-service-3".
func ServiceKey(service string, p int) string {
	return service + "-service-" + strconv.Itoa(p)
}
