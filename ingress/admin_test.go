package ingress

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
	"github.com/stateflow-go/stateflow/runtimes/local"
	"github.com/stateflow-go/stateflow/wire"
)

func adminRefInt(key string, n int64) []byte {
	return wire.AppendInt(wire.AppendRef(nil, key, false), n)
}

// getHolds answers GET /admin/holds of srv.
func getHolds(t *testing.T, base string) []HoldView {
	t.Helper()
	resp, err := http.Get(base + "/admin/holds")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /admin/holds: %d %s", resp.StatusCode, body)
	}
	var hs []HoldView
	if err := json.Unmarshal(body, &hs); err != nil {
		t.Fatalf("GET /admin/holds: %v in %s", err, body)
	}
	return hs
}

// waitHold polls GET /admin/holds until ok accepts one of its entries.
func waitHold(t *testing.T, base string, what string, ok func(HoldView) bool) HoldView {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		hs := getHolds(t, base)
		for _, h := range hs {
			if ok(h) {
				return h
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no hold %s in %+v", what, hs)
		}
		time.Sleep(time.Millisecond)
	}
}

// A chain holding an account while it spins on reads of another shows up
// in GET /admin/holds of the embedded runtime with its operation, and a
// call of another chain parked on the account is counted as waiting; once
// the chains end (the spinner in a broken deadlock), the list is empty.
// (The local runtime executes a chain to its end in the caller's turn, so
// a listing never sees a chain in the middle of its spins.)
func TestAdminHolds(t *testing.T) {
	rt, err := embedded.Open(testprog.Program(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	srv := httptest.NewServer(Handler(testprog.Program(), rt))
	defer srv.Close()
	ctx := t.Context()
	for _, id := range []string{"a", "b"} {
		if _, err := rt.Create(ctx, "Account", wire.AppendInt(wire.AppendString(nil, id), 100)); err != nil {
			t.Fatal(err)
		}
	}
	a := stateflow.Address{Entity: "Account", Key: "a"}
	b := stateflow.Address{Entity: "Account", Key: "b"}
	call := func(addr stateflow.Address, method string, args []byte) *stateflow.Future[[]byte] {
		return stateflow.Go(func() ([]byte, error) { return rt.Call(ctx, addr, method, args) })
	}
	spinner := call(a, "Embrace", adminRefInt("b", 1<<50))
	held := waitHold(t, srv.URL, "of Account/a by Embrace", func(h HoldView) bool {
		return h.Entity == "Account" && h.Key == "a" && h.Method == "Embrace" && h.Depth == 1 && len(h.Chain) == 32
	})
	deposit := call(a, "Deposit", wire.AppendInt(nil, 5))
	waiting := waitHold(t, srv.URL, "of Account/a with a waiting chain", func(h HoldView) bool {
		return h.Key == "a" && h.Waiting == 1 && len(h.WaitingChains) == 1
	})
	if waiting.Chain != held.Chain || waiting.WaitingChains[0] == held.Chain {
		t.Errorf("holder %s then %s, waiting %v", held.Chain, waiting.Chain, waiting.WaitingChains)
	}
	// b's Embrace makes b busy and deposits into a: the two chains wait
	// for each other, and one of them fails.
	other := call(b, "Embrace", adminRefInt("a", 1<<50))
	_, errA := spinner.Get(ctx)
	_, errB := other.Get(ctx)
	if (errA == nil) == (errB == nil) || !strings.Contains(errors.Join(errA, errB).Error(), "deadlock") {
		t.Errorf("Embrace a: %v; Embrace b: %v; want one deadlock", errA, errB)
	}
	if _, err := deposit.Get(ctx); err != nil {
		t.Errorf("Deposit: %v", err)
	}
	if hs := getHolds(t, srv.URL); len(hs) != 0 {
		t.Errorf("holds left: %+v", hs)
	}
}

// onlyClient hides every method of a runtime but those of stateflow.Client.
type onlyClient struct{ stateflow.Client }

// The admin routes exist only when the client lists holds and they are not
// disabled.
func TestAdminRoutesOptional(t *testing.T) {
	rt := local.New(testprog.Program())
	defer rt.Close()
	for _, tc := range []struct {
		name string
		h    http.Handler
		want int
	}{
		{"runtime", Handler(testprog.Program(), rt), http.StatusOK},
		{"WithoutAdmin", Handler(testprog.Program(), rt, WithoutAdmin()), http.StatusNotFound},
		{"plain client", Handler(testprog.Program(), onlyClient{rt}), http.StatusNotFound},
	} {
		rec := httptest.NewRecorder()
		tc.h.ServeHTTP(rec, httptest.NewRequestWithContext(context.Background(), "GET", "/admin/holds", nil))
		if rec.Code != tc.want {
			t.Errorf("%s: GET /admin/holds = %d %s, want %d", tc.name, rec.Code, rec.Body, tc.want)
		}
		if tc.want == http.StatusOK && strings.TrimSpace(rec.Body.String()) != "[]" {
			t.Errorf("%s: no holds answered %s", tc.name, rec.Body)
		}
	}
}

// holdsClient is a client whose runtime reports fixed holds.
type holdsClient struct {
	stateflow.Client
	holds []engine.HoldInfo
}

func (c holdsClient) Holds() []engine.HoldInfo { return c.holds }

// Each hold is answered with its address, chains in hex, operation, depth
// and waiting chains.
func TestAdminHoldsJSON(t *testing.T) {
	c := holdsClient{holds: []engine.HoldInfo{{
		Entity: stateflow.Address{Entity: "Account", Key: "a"}, Chain: engine.ID{0xab, 15: 1}, Method: "Transfer", Count: 2,
		Waiting: []engine.ID{{1}, {2}},
	}}}
	rec := httptest.NewRecorder()
	Handler(testprog.Program(), c).ServeHTTP(rec, httptest.NewRequestWithContext(context.Background(), "GET", "/admin/holds", nil))
	want := `[{"entity":"Account","key":"a","chain":"ab000000000000000000000000000001","method":"Transfer","depth":2,"waiting":2,` +
		`"waiting_chains":["01000000000000000000000000000000","02000000000000000000000000000000"]}]`
	if got := strings.TrimSpace(rec.Body.String()); rec.Code != 200 || got != want || rec.Header().Get("Content-Type") != "application/json" {
		t.Errorf("GET /admin/holds = %d %s %s\nwant %s", rec.Code, rec.Header().Get("Content-Type"), got, want)
	}
}

// post answers POST url with an empty body.
func post(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Post(url, "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// A Transfer whose Deposit waits for an account held by a spinning chain
// shows up as waiting; POST /admin/holds/{chain}/cancel fails that Deposit
// with an error naming the cancellation, the Transfer fails with it and
// releases its payer, and the spinning chain goes on holding its account.
// After a restart nothing is held and the payer's balance is untouched.
func TestAdminCancel(t *testing.T) {
	dir := t.TempDir()
	rt, err := embedded.Open(testprog.Program(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { rt.Close() }()
	srv := httptest.NewServer(Handler(testprog.Program(), rt))
	defer srv.Close()
	ctx := t.Context()
	for _, id := range []string{"a", "b", "c"} {
		if _, err := rt.Create(ctx, "Account", wire.AppendInt(wire.AppendString(nil, id), 100)); err != nil {
			t.Fatal(err)
		}
	}
	acc := func(key string) stateflow.Address { return stateflow.Address{Entity: "Account", Key: key} }
	call := func(addr stateflow.Address, method string, args []byte) *stateflow.Future[[]byte] {
		return stateflow.Go(func() ([]byte, error) { return rt.Call(ctx, addr, method, args) })
	}
	spinner := call(acc("a"), "Embrace", adminRefInt("b", 1<<50))
	held := waitHold(t, srv.URL, "of Account/a by Embrace", func(h HoldView) bool { return h.Key == "a" && h.Method == "Embrace" })
	transfer := call(acc("c"), "Transfer", adminRefInt("a", 30))
	waiting := waitHold(t, srv.URL, "of Account/a with a waiting chain", func(h HoldView) bool { return h.Key == "a" && h.Waiting == 1 })
	stuck := waiting.WaitingChains[0]
	payer := waitHold(t, srv.URL, "of Account/c by Transfer", func(h HoldView) bool { return h.Key == "c" })
	if payer.Chain != stuck || payer.Method != "Transfer" {
		t.Errorf("payer held by %s (%s), the waiting chain is %s", payer.Chain, payer.Method, stuck)
	}

	if code, body := post(t, srv.URL+"/admin/holds/"+stuck+"/cancel"); code != http.StatusAccepted {
		t.Fatalf("cancel: %d %s", code, body)
	}
	_, err = transfer.Get(ctx)
	if err == nil || !strings.Contains(err.Error(), "canceled by an administrator: chain "+stuck) ||
		!strings.Contains(err.Error(), "Account/a.Deposit waited for chain "+held.Chain) {
		t.Errorf("Transfer = %v, want the cancellation of its Deposit", err)
	}
	hs := getHolds(t, srv.URL)
	if len(hs) != 1 || hs[0].Key != "a" || hs[0].Chain != held.Chain || hs[0].Waiting != 0 {
		t.Errorf("holds after the cancel: %+v; want only a, by %s, with no waiting chain", hs, held.Chain)
	}
	if code, body := post(t, srv.URL+"/admin/holds/"+stuck+"/cancel"); code != http.StatusNotFound {
		t.Errorf("second cancel: %d %s, want 404", code, body)
	}
	if code, body := post(t, srv.URL+"/admin/holds/zz/cancel"); code != http.StatusBadRequest {
		t.Errorf("cancel of a bad ID: %d %s, want 400", code, body)
	}
	if code, _ := get(t, srv.URL+"/admin/holds/"+stuck+"/cancel"); code != http.StatusMethodNotAllowed {
		t.Errorf("GET of the cancel route: %d, want 405", code)
	}

	// The spinner still runs: b's Embrace ends it in a broken deadlock.
	other := call(acc("b"), "Embrace", adminRefInt("a", 1<<50))
	_, errA := spinner.Get(ctx)
	_, errB := other.Get(ctx)
	if (errA == nil) == (errB == nil) {
		t.Errorf("Embrace a: %v; Embrace b: %v; want one deadlock", errA, errB)
	}
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	if rt, err = embedded.Open(testprog.Program(), dir); err != nil {
		t.Fatal(err)
	}
	if hs := rt.Holds(); len(hs) != 0 {
		t.Errorf("holds after a restart: %+v", hs)
	}
	st, err := rt.State(ctx, acc("c"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := testprog.Program().Entity("Account").DecodeState(st)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.(*testprog.Account).Balance; got != 100 {
		t.Errorf("payer's balance %d after the canceled transfer, want 100", got)
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}
