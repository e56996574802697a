package ingress

import (
	"errors"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
)

// Internal split methods are not operations: HTTP answers 404 for them, the
// OpenAPI document does not list them and the HTTP client refuses them.
func TestInternalMethodsAreHidden(t *testing.T) {
	h := newLocalHandler(t)
	for _, r := range []request{
		{"POST", "/v1/Account", `{"id": "a", "balance": 10}`, nil},
		{"POST", "/v1/Account", `{"id": "b", "balance": 0}`, nil},
		{"POST", "/v1/Account/a/Transfer", `{"to": "b", "amount": 4}`, nil},
	} {
		if rec := serve(h, r); rec.Code >= 300 {
			t.Fatalf("%s %s: %d %s", r.method, r.path, rec.Code, rec.Body)
		}
	}
	rec := serve(h, request{"POST", "/v1/Account/a/pay", `{"to": "b", "amount": 1}`, nil})
	if rec.Code != 404 || !strings.Contains(rec.Body.String(), "Account.pay") {
		t.Errorf("POST .../pay: %d %s, want 404 naming the method", rec.Code, rec.Body)
	}
	doc := string(OpenAPI(testprog.Program()))
	if !strings.Contains(doc, `"/v1/Account/{key}/Transfer"`) || strings.Contains(doc, "/pay") {
		t.Errorf("OpenAPI lists pay or misses Transfer")
	}
	c := NewClient("http://127.0.0.1:1", testprog.Program())
	if _, err := c.Call(t.Context(), stateflow.Address{Entity: "Account", Key: "a"}, "pay", nil); !errors.Is(err, stateflow.ErrNotFound) {
		t.Errorf("client Call of pay: %v, want ErrNotFound", err)
	}
}
