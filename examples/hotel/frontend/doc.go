// Package frontend is the frontend of the hotel example: it loads the data
// set into a StateFlow client and runs the requests of the workload through
// the generated client of package hotel.
package frontend
