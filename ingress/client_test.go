package ingress

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/local"
	"github.com/stateflow-go/stateflow/stateflowtest"
	"github.com/stateflow-go/stateflow/wire"
)

// step is one request sent through a stateflow.Client.
type step struct {
	name string
	run  func(ctx context.Context, c stateflow.Client) ([]byte, error)
	// sameText asks that the errors' texts be equal too; it is off where
	// the HTTP client finds the problem itself, with its own words.
	sameText bool
}

func create(entity string, args []byte) func(context.Context, stateflow.Client) ([]byte, error) {
	return func(ctx context.Context, c stateflow.Client) ([]byte, error) {
		key, err := c.Create(ctx, entity, args)
		return []byte(key), err
	}
}

func call(entity, key, method string, args []byte) func(context.Context, stateflow.Client) ([]byte, error) {
	return func(ctx context.Context, c stateflow.Client) ([]byte, error) {
		return c.Call(ctx, stateflow.Address{Entity: entity, Key: key}, method, args)
	}
}

func state(entity, key string) func(context.Context, stateflow.Client) ([]byte, error) {
	return func(ctx context.Context, c stateflow.Client) ([]byte, error) {
		return c.State(ctx, stateflow.Address{Entity: entity, Key: key})
	}
}

func withKey(key string, f func(context.Context, stateflow.Client) ([]byte, error)) func(context.Context, stateflow.Client) ([]byte, error) {
	return func(ctx context.Context, c stateflow.Client) ([]byte, error) {
		return f(stateflow.WithIdempotencyKey(ctx, key), c)
	}
}

func userState(id string, balance int64, basket ...string) []byte {
	b := wire.AppendInt(wire.AppendString(nil, id), balance)
	if basket == nil {
		return wire.AppendLen(b, 0, true)
	}
	b = wire.AppendLen(b, len(basket), false)
	for _, k := range basket {
		b = wire.AppendRef(b, k, k == "")
	}
	return b
}

func itemArgs(id string, price int64) []byte {
	return wire.AppendInt(wire.AppendString(nil, id), price)
}

func intArg(n int64) []byte { return wire.AppendInt(nil, n) }

// refsArg encodes a []*Item argument; "" is a nil reference.
func refsArg(keys ...string) []byte {
	b := wire.AppendLen(nil, len(keys), false)
	for _, k := range keys {
		b = wire.AppendRef(b, k, k == "")
	}
	return b
}

var sequence = []step{
	{"create", create("Item", itemArgs("jeans", 10)), true},
	{"create existing", create("Item", itemArgs("jeans", 1)), true},
	{"constructor error", create("Item", itemArgs("neg", -1)), true},
	{"create corrupt args", create("Item", []byte{0xff}), false},
	{"create unknown entity", create("Nope", nil), true},
	{"create from state", create("User", userState("u1", 5, "jeans", "")), true},
	{"create odd keys", create("User", userState("a/b c?d#é%2F", 1)), true},
	{"create dot key", create("User", userState(".", 2)), true},
	{"create dot-dot key", create("User", userState("..", 3)), true},
	{"set stock", call("Item", "jeans", "SetStock", intArg(3)), true},
	{"create odd item", create("Item", itemArgs("x/y z\n%", 1)), true},
	{"fail on odd key", call("Item", "x/y z\n%", "Take", intArg(5)), true},
	{"panic on odd key", call("Item", "x/y z\n%", "Explode", nil), true},
	{"take", call("Item", "jeans", "Take", intArg(1)), true},
	{"take too many", call("Item", "jeans", "Take", intArg(100)), true},
	{"explode", call("Item", "jeans", "Explode", nil), true},
	{"info", call("Item", "jeans", "Info", nil), true},
	{"enough stock", call("Item", "jeans", "EnoughStock", nil), true},
	{"deposit", call("User", "u1", "Deposit", intArg(7)), true},
	{"first", call("User", "u1", "First", nil), true},
	{"set basket", call("User", "u1", "SetBasket", refsArg("", "jeans", "x")), true},
	{"first is nil", call("User", "u1", "First", nil), true},
	{"set nil basket", call("User", "u1", "SetBasket", wire.AppendLen(nil, 0, true)), true},
	{"deposit odd key", call("User", "a/b c?d#é%2F", "Deposit", intArg(1)), true},
	{"deposit dot key", call("User", ".", "Deposit", intArg(1)), true},
	{"deposit dot-dot key", call("User", "..", "Deposit", intArg(1)), true},
	{"unknown method", call("Item", "jeans", "Nope", nil), true},
	{"unknown key", call("Item", "nope", "SetStock", intArg(1)), true},
	{"unknown entity", call("Nope", "x", "Do", nil), true},
	{"corrupt args", call("Item", "jeans", "SetStock", []byte{0x80}), false},
	{"trailing args", call("Item", "jeans", "SetStock", append(intArg(1), 0)), false},
	{"idempotent", withKey("k1", call("User", "u1", "Deposit", intArg(10))), true},
	{"idempotent retry", withKey("k1", call("User", "u1", "Deposit", intArg(10))), true},
	{"idempotency conflict", withKey("k1", call("User", "u1", "Deposit", intArg(11))), true},
	{"idempotent create", withKey("k2", create("Item", itemArgs("hat", 4))), true},
	{"idempotent create retry", withKey("k2", create("Item", itemArgs("hat", 4))), true},
	{"state item", state("Item", "jeans"), true},
	{"state user", state("User", "u1"), true},
	{"state odd key", state("User", "a/b c?d#é%2F"), true},
	{"state dot key", state("User", "."), true},
	{"state dot-dot key", state("User", ".."), true},
	{"state unknown key", state("Item", "nope"), true},
	{"state unknown entity", state("Nope", "x"), true},
}

// TestClientMatchesInProcess runs the same sequence through the local
// runtime directly and through ingress.Client -> HTTP -> Handler -> another
// local runtime, and requires the same results and errors.
func TestClientMatchesInProcess(t *testing.T) {
	prog := testprog.Program()
	direct := local.New(prog)
	defer direct.Close()
	behind := local.New(prog)
	defer behind.Close()
	srv := httptest.NewServer(Handler(prog, behind))
	defer srv.Close()
	remote := NewClient(srv.URL+"/", prog)
	defer remote.CloseIdleConnections()

	ctx := context.Background()
	for _, s := range sequence {
		want, wantErr := s.run(ctx, direct)
		got, gotErr := s.run(ctx, remote)
		if wantErr == nil {
			if gotErr != nil || !bytes.Equal(got, want) {
				t.Errorf("%s: HTTP gives %x, %v; in process %x", s.name, got, gotErr, want)
			}
			continue
		}
		if gotErr == nil {
			t.Errorf("%s: HTTP gives %x, in process %v", s.name, got, wantErr)
			continue
		}
		sameError(t, s.name, gotErr, wantErr, s.sameText)
	}
}

// sameError requires got to be the error want is, as far as a caller can
// tell: the same sentinels, the same error types with the same fields and,
// when text is set, the same message.
func sameError(t *testing.T, name string, got, want error, text bool) {
	t.Helper()
	for _, sentinel := range []error{stateflow.ErrNotFound, stateflow.ErrExists, stateflow.ErrBadRequest, stateflow.ErrIdempotencyConflict} {
		if errors.Is(got, sentinel) != errors.Is(want, sentinel) {
			t.Errorf("%s: errors.Is(%v, %v) differs: HTTP %v, in process %v", name, got, sentinel, errors.Is(got, sentinel), errors.Is(want, sentinel))
		}
	}
	var gotOp, wantOp *stateflow.OpError
	if errors.As(got, &gotOp) != errors.As(want, &wantOp) || gotOp != nil && *gotOp != *wantOp {
		t.Errorf("%s: OpError differs: HTTP %#v, in process %#v", name, gotOp, wantOp)
	}
	var gotNF, wantNF *stateflow.NotFoundError
	if errors.As(got, &gotNF) != errors.As(want, &wantNF) || gotNF != nil && *gotNF != *wantNF {
		t.Errorf("%s: NotFoundError differs: HTTP %#v, in process %#v", name, gotNF, wantNF)
	}
	var gotArg, wantArg *stateflow.ArgError
	if errors.As(got, &gotArg) != errors.As(want, &wantArg) {
		t.Errorf("%s: ArgError differs: HTTP %v, in process %v", name, got, want)
	}
	if text && got.Error() != want.Error() {
		t.Errorf("%s: HTTP error %q, in process %q", name, got, want)
	}
}

// TestClientErrorsFromAnswers checks the mapping of error answers back to
// errors, including the ones the local runtime does not give.
func TestClientErrorsFromAnswers(t *testing.T) {
	tests := []struct {
		err  error
		want func(error) bool
	}{
		{&stateflow.ArgError{Param: "items[2]", Err: errors.New("want string, got number")}, func(err error) bool {
			var ae *stateflow.ArgError
			return errors.As(err, &ae) && ae.Param == "items[2]" && ae.Err.Error() == "want string, got number" &&
				err.Error() == "stateflow: parameter items[2]: want string, got number"
		}},
		{stateflow.ErrIdempotencyConflict, func(err error) bool { return err == stateflow.ErrIdempotencyConflict }},
		{context.DeadlineExceeded, func(err error) bool { return errors.Is(err, context.DeadlineExceeded) }},
		{errors.New("disk on fire"), func(err error) bool {
			return !errors.Is(err, stateflow.ErrBadRequest) && strings.Contains(err.Error(), "HTTP 500 Internal Server Error: disk on fire")
		}},
	}
	for _, tc := range tests {
		srv := httptest.NewServer(Handler(testprog.Program(), &fakeClient{err: tc.err}))
		c := NewClient(srv.URL, testprog.Program(), WithHTTPClient(srv.Client()))
		_, err := c.Call(context.Background(), stateflow.Address{Entity: "Item", Key: "k"}, "SetStock", intArg(1))
		if !tc.want(err) {
			t.Errorf("server error %v came back as %#v (%v)", tc.err, err, err)
		}
		srv.Close()
	}
}

// TestClientLocalFailures checks requests that the client refuses or that
// fail before an answer.
func TestClientLocalFailures(t *testing.T) {
	prog := testprog.Program()
	c := NewClient("http://127.0.0.1:1", prog)
	_, err := c.State(context.Background(), stateflow.Address{Entity: "Item", Key: ""})
	if !errors.Is(err, stateflow.ErrBadRequest) || !strings.Contains(err.Error(), "empty key") {
		t.Errorf("empty key: %v", err)
	}
	if _, err := c.State(context.Background(), stateflow.Address{Entity: "Item", Key: "k"}); err == nil || !strings.Contains(err.Error(), "GET /v1/Item/k") {
		t.Errorf("unreachable server: %v", err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
		_, _ = w.Write([]byte("<html>proxy error</html>"))
	}))
	defer srv.Close()
	c = NewClient(srv.URL, prog)
	if _, err := c.Create(context.Background(), "Item", itemArgs("a", 1)); err == nil || !strings.Contains(err.Error(), "HTTP 502 Bad Gateway: <html>proxy error</html>") {
		t.Errorf("non-JSON error answer: %v", err)
	}
}

// TestClientSendsJSON checks the requests the client writes.
func TestClientSendsJSON(t *testing.T) {
	type seen struct{ method, path, ctype, idem, body string }
	var got []seen
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got = append(got, seen{r.Method, r.URL.EscapedPath(), r.Header.Get("Content-Type"), r.Header.Get("Idempotency-Key"), string(b)})
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"result": null}`))
	}))
	defer srv.Close()
	c := NewClient(srv.URL, testprog.Program())
	ctx := stateflow.WithIdempotencyKey(context.Background(), "req-1")
	res, err := c.Call(ctx, stateflow.Address{Entity: "User", Key: "a b/c"}, "SetBasket", refsArg("x", ""))
	if err == nil || len(res) != 0 {
		t.Errorf("SetBasket has no results, answer with one: %x, %v", res, err)
	}
	res, err = c.Call(ctx, stateflow.Address{Entity: "User", Key: "u"}, "First", nil)
	if err != nil || !bytes.Equal(res, wire.AppendRef(nil, "", true)) {
		t.Errorf("First: %x, %v", res, err)
	}
	want := []seen{
		{"POST", "/v1/User/a%20b%2Fc/SetBasket", "application/json", "req-1", `{"items":["x",null]}`},
		{"POST", "/v1/User/u/First", "application/json", "req-1", `{}`},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("requests:\n got %q\nwant %q", got, want)
	}
}

// TestConformanceOverHTTP runs the runtime conformance suite through
// Client -> HTTP -> Handler -> the local runtime.
func TestConformanceOverHTTP(t *testing.T) {
	stateflowtest.RunRuntimeSuite(t, func(t *testing.T, prog *ir.Program) stateflow.Client {
		rt := local.New(prog)
		srv := httptest.NewServer(Handler(prog, rt))
		c := NewClient(srv.URL, prog)
		t.Cleanup(func() {
			c.CloseIdleConnections()
			srv.Close()
			rt.Close()
		})
		return c
	})
}
