package ingress

import (
	"errors"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow"
)

// overloaded is an error that asks the client to come back later, as a
// runtime with a full queue returns.
type overloaded struct{}

func (overloaded) Error() string             { return "stateflow: overloaded, retry later" }
func (overloaded) RetryAfter() time.Duration { return 1500 * time.Millisecond }
func (overloaded) Is(target error) bool      { return target == stateflow.ErrUnavailable }

func TestUnavailableAnswers(t *testing.T) {
	a := answerFor(fmt.Errorf("partition 3: %w", overloaded{}))
	if a.status != http.StatusServiceUnavailable || a.code != codeUnavailable || a.headers["Retry-After"] != "2" {
		t.Errorf("overloaded: %+v, want 503 unavailable with Retry-After 2", a)
	}
	closed := fmt.Errorf("%w: closing", stateflow.ErrUnavailable)
	if a := answerFor(closed); a.status != http.StatusServiceUnavailable || a.headers["Retry-After"] != "" {
		t.Errorf("closed: %+v, want 503 without Retry-After", a)
	}
	body := append(appendJSONString([]byte(`{"error":`), closed.Error()), '}')
	back := answerError(http.StatusServiceUnavailable, http.Header{"Stateflow-Error": {codeUnavailable}}, body, nil)
	if !errors.Is(back, stateflow.ErrUnavailable) || back.Error() != closed.Error() {
		t.Errorf("client error %v, want ErrUnavailable with the server's message", back)
	}
}
