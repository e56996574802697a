// Package frontend is the frontend of the hotel example: it loads the data
// set into a StateFlow client (Load), runs the requests of the workload
// through the generated client of package hotel (Run, Execute), and
// serves them over HTTP as DeathStar's frontend service does (NewHandler).
//
// The HTTP front end has four endpoints, each also at DeathStar's path:
//
//	GET      /search?inDate=&outDate=&lat=&lon=             (/hotels)
//	GET      /recommend?require=dis|rate|price&lat=&lon=    (/recommendations)
//	GET|POST /login?username=&password=                     (/user)
//	GET|POST /reserve?inDate=&outDate=&hotelId=&customerName=&username=&password=&number=
//	                                                        (/reservation)
//
// Search and recommend answer the profiles of the hotels found as a GeoJSON
// FeatureCollection; login and reserve answer a Message. RequestURL turns a
// hotel.Request drawn by hotel.NextRequest into the HTTP request that asks
// for it, so that a load generator need not know the parameters.
package frontend
