package frontend_test

import (
	"context"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stateflow-go/stateflow/examples/hotel"
	"github.com/stateflow-go/stateflow/examples/hotel/frontend"
	"github.com/stateflow-go/stateflow/stateflowtest"
)

// BenchmarkHandler serves requests of the workload mix, drawn by
// hotel.NextRequest and turned into HTTP requests by RequestURL, through
// the handler over a local runtime with four partitions (no network).
func BenchmarkHandler(b *testing.B) {
	c := stateflowtest.NewLocal(b, hotel.StateflowProgram())
	if err := frontend.Load(context.Background(), c, 4); err != nil {
		b.Fatal(err)
	}
	h := frontend.NewHandler(c, 4)
	r := rand.New(rand.NewPCG(1, 1))
	type request struct{ method, target string }
	reqs := make([]request, 1024)
	for i := range reqs {
		method, target, err := frontend.RequestURL("http://hotel", hotel.NextRequest(r))
		if err != nil {
			b.Fatal(err)
		}
		reqs[i] = request{method, target}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		req := reqs[i%len(reqs)]
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(req.method, req.target, nil))
		if w.Code != http.StatusOK && w.Code != http.StatusNotFound {
			b.Fatalf("%s %s: %d %s", req.method, req.target, w.Code, w.Body)
		}
	}
}
