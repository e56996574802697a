package frontend

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/stateflow-go/stateflow/examples/hotel"
)

// The query parameters, each with DeathStar's name first and the StateFlow
// port's name second when the two differ.
var (
	paramInDate   = []string{"inDate", "in_date"}
	paramOutDate  = []string{"outDate", "out_date"}
	paramLat      = []string{"lat"}
	paramLon      = []string{"lon"}
	paramRequire  = []string{"require", "recommendation_type"}
	paramUsername = []string{"username"}
	paramPassword = []string{"password"}
	paramHotelID  = []string{"hotelId", "hotel_id"}
	paramCustomer = []string{"customerName", "customer_name"}
	paramRooms    = []string{"number", "amount_of_rooms"}
)

// ParamError reports a query parameter that is missing or malformed.
type ParamError struct {
	Name    string // the parameter's name as the request spelled it
	Value   string // its value
	Missing bool   // the request lacks it
	Problem string // what is wrong with Value
}

// Error names the parameter, its value and the problem.
func (e *ParamError) Error() string {
	if e.Missing {
		return "missing parameter " + e.Name
	}
	return fmt.Sprintf("parameter %s=%q: %s", e.Name, e.Value, e.Problem)
}

// ParseRequest reads a request of the given kind from query parameters:
// search inDate, outDate, lat, lon; recommend require (dis, rate or price),
// lat, lon; login username, password; reserve inDate, outDate, hotelId,
// customerName, username, password and number (rooms, 1 when absent). The
// StateFlow port's names (in_date, recommendation_type, hotel_id,
// customer_name, amount_of_rooms, ...) are accepted too. Every bad
// parameter is reported, as a *ParamError, joined with errors.Join.
func ParseRequest(kind hotel.Kind, v url.Values) (hotel.Request, error) {
	p := &parser{values: v}
	req := hotel.Request{Kind: kind}
	switch kind {
	case hotel.SearchRequest:
		req.InDate, req.OutDate = p.stay()
		req.Lat, req.Lon = p.point()
	case hotel.RecommendRequest:
		req.Recommend = p.recommendKind()
		req.Lat, req.Lon = p.point()
	case hotel.LoginRequest:
		req.Username, req.Password = p.str(paramUsername), p.str(paramPassword)
	case hotel.ReserveRequest:
		req.InDate, req.OutDate = p.stay()
		req.HotelID = p.str(paramHotelID)
		req.Customer = p.str(paramCustomer)
		req.Username, req.Password = p.str(paramUsername), p.str(paramPassword)
		req.Rooms = p.rooms()
	default:
		return req, errors.New("request kind " + kind.String() + " is unknown")
	}
	return req, errors.Join(p.errs...)
}

// parser reads parameters and collects their errors.
type parser struct {
	values url.Values
	errs   []error
}

// lookup returns the first of names the request has, and its value; the
// first name when it has none.
func (p *parser) lookup(names []string) (name, value string, ok bool) {
	for _, n := range names {
		if vs, ok := p.values[n]; ok && len(vs) > 0 {
			return n, vs[0], true
		}
	}
	return names[0], "", false
}

// fail records a problem with parameter name=value.
func (p *parser) fail(name, value, problem string) {
	p.errs = append(p.errs, &ParamError{Name: name, Value: value, Problem: problem})
}

// str returns a required parameter, which must not be empty.
func (p *parser) str(names []string) string {
	name, v, ok := p.lookup(names)
	if !ok {
		p.errs = append(p.errs, &ParamError{Name: name, Missing: true})
	} else if v == "" {
		p.fail(name, v, "is empty")
	}
	return v
}

// float returns a required number in [lo, hi].
func (p *parser) float(names []string, lo, hi float64) float64 {
	name, v, ok := p.lookup(names)
	if !ok {
		p.errs = append(p.errs, &ParamError{Name: name, Missing: true})
		return 0
	}
	f, err := strconv.ParseFloat(v, 64)
	switch {
	case err != nil || math.IsNaN(f):
		p.fail(name, v, "is not a number")
	case f < lo || f > hi:
		p.fail(name, v, fmt.Sprintf("is not in [%g, %g]", lo, hi))
	}
	return f
}

// point returns the lat and lon parameters.
func (p *parser) point() (lat, lon float64) {
	return p.float(paramLat, -90, 90), p.float(paramLon, -180, 180)
}

// date returns a required date, YYYY-MM-DD.
func (p *parser) date(names []string) (string, time.Time, bool) {
	name, v, ok := p.lookup(names)
	if !ok {
		p.errs = append(p.errs, &ParamError{Name: name, Missing: true})
		return "", time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		p.fail(name, v, "is not a date YYYY-MM-DD")
		return v, t, false
	}
	return v, t, true
}

// stay returns the inDate and outDate parameters; the out date must come
// after the in date.
func (p *parser) stay() (in, out string) {
	in, tin, okIn := p.date(paramInDate)
	out, tout, okOut := p.date(paramOutDate)
	if okIn && okOut && !tout.After(tin) {
		name, _, _ := p.lookup(paramOutDate)
		p.fail(name, out, "is not after the in date "+in)
	}
	return in, out
}

// recommendKind returns the require parameter as a recommendation kind:
// DeathStar's dis, rate and price, or the StateFlow port's DISTANCE, RATE
// and PRICE, in any case.
func (p *parser) recommendKind() string {
	name, v, ok := p.lookup(paramRequire)
	if !ok {
		p.errs = append(p.errs, &ParamError{Name: name, Missing: true})
		return ""
	}
	switch strings.ToLower(v) {
	case "dis", "distance":
		return hotel.ByDistance
	case "rate":
		return hotel.ByRate
	case "price":
		return hotel.ByPrice
	}
	p.fail(name, v, "is not dis, rate or price")
	return v
}

// rooms returns the number parameter, a positive count of rooms, 1 when
// absent.
func (p *parser) rooms() int {
	name, v, ok := p.lookup(paramRooms)
	if !ok {
		return 1
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		p.fail(name, v, "is not a positive number of rooms")
	}
	return n
}
