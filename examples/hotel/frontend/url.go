package frontend

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/examples/hotel"
)

// RequestURL returns the HTTP method and URL that ask the front end served
// at base (for example "http://localhost:8080") for req, with DeathStar's
// parameter names: GET for search and recommend, POST with the parameters
// in the query (as DeathStar's workload script sends them) for login and
// reserve.
func RequestURL(base string, req hotel.Request) (method, target string, err error) {
	v := url.Values{}
	float := func(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
	var path string
	method = http.MethodGet
	switch req.Kind {
	case hotel.SearchRequest:
		path = SearchPath
		v.Set(paramInDate[0], req.InDate)
		v.Set(paramOutDate[0], req.OutDate)
		v.Set(paramLat[0], float(req.Lat))
		v.Set(paramLon[0], float(req.Lon))
	case hotel.RecommendRequest:
		path = RecommendPath
		v.Set(paramRequire[0], requireName(req.Recommend))
		v.Set(paramLat[0], float(req.Lat))
		v.Set(paramLon[0], float(req.Lon))
	case hotel.LoginRequest:
		path, method = LoginPath, http.MethodPost
		v.Set(paramUsername[0], req.Username)
		v.Set(paramPassword[0], req.Password)
	case hotel.ReserveRequest:
		path, method = ReservePath, http.MethodPost
		v.Set(paramInDate[0], req.InDate)
		v.Set(paramOutDate[0], req.OutDate)
		v.Set(paramHotelID[0], req.HotelID)
		v.Set(paramCustomer[0], req.Customer)
		v.Set(paramUsername[0], req.Username)
		v.Set(paramPassword[0], req.Password)
		v.Set(paramRooms[0], strconv.Itoa(req.Rooms))
	default:
		return "", "", errors.New("request kind " + req.Kind.String() + " is unknown")
	}
	return method, strings.TrimSuffix(base, "/") + path + "?" + v.Encode(), nil
}

// NewRequest returns the HTTP request of RequestURL for req.
func NewRequest(ctx context.Context, base string, req hotel.Request) (*http.Request, error) {
	method, target, err := RequestURL(base, req)
	if err != nil {
		return nil, err
	}
	return http.NewRequestWithContext(ctx, method, target, nil)
}

// requireName is DeathStar's name of a recommendation kind: dis, rate or
// price; any other kind is sent as it is.
func requireName(kind string) string {
	switch kind {
	case hotel.ByDistance:
		return "dis"
	case hotel.ByRate:
		return "rate"
	case hotel.ByPrice:
		return "price"
	}
	return kind
}
