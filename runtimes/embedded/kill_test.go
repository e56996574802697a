package embedded_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ingress"
	"github.com/stateflow-go/stateflow/internal/testprog"
)

var kills = flag.Int("kills", 20, "how many times TestKill kills the server process")

// server is a server process of the test program.
type server struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	client *ingress.Client
}

// syncBuffer is a bytes.Buffer safe for a process writing and a test
// reading.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServer starts the test binary as a server on dir and waits until it
// listens.
func startServer(t testing.TB, dir string) *server {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), serverEnv+"="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &server{cmd: cmd, stderr: new(syncBuffer)}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "addr ")
	if err != nil || !ok {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("server did not start: %q, %v\n%s", line, err, s.stderr)
	}
	s.client = ingress.NewClient("http://"+addr, testprog.Program())
	return s
}

// kill ends the server with SIGKILL.
func (s *server) kill() {
	s.cmd.Process.Kill()
	s.cmd.Wait()
	s.client.CloseIdleConnections()
}

// transfer is one acknowledged Account.Transfer and its answer.
type transfer struct {
	from, to, amount int
	err              error
}

var openedLog = regexp.MustCompile(`pending_events=(\d+) holds=(\d+)`)

// The server process is killed with SIGKILL at random moments while
// clients transfer money between accounts (Account.Transfer, a split
// operation that holds the payer across its call of the payee's Deposit),
// each transfer retried with its idempotency key until a server answers
// it. In the end the total is unchanged and every account's balance is its
// start plus exactly the transfers answered with success: each applied
// once, none lost, none of those answered with a failure applied.
func TestKill(t *testing.T) {
	const accounts, start, clients = 6, 1000, 8
	dir := t.TempDir()
	var cur atomic.Pointer[server]
	cur.Store(startServer(t, dir))
	defer func() {
		if s := cur.Load(); s.cmd.ProcessState == nil {
			s.kill()
		}
	}()

	ctx := t.Context()
	// retry sends a request until a server answers it; it returns the
	// answer: nil or the operation's failure.
	retry := func(key string, fn func(ctx context.Context, c stateflow.Client) error) (error, error) {
		ctx := stateflow.WithIdempotencyKey(ctx, key)
		for {
			err := fn(ctx, cur.Load().client)
			var oe *stateflow.OpError
			switch {
			case err == nil, errors.As(err, &oe):
				return err, nil
			case errors.Is(err, stateflow.ErrNotFound), errors.Is(err, stateflow.ErrBadRequest),
				errors.Is(err, stateflow.ErrIdempotencyConflict), errors.Is(err, stateflow.ErrExists), ctx.Err() != nil:
				return nil, err
			}
			time.Sleep(2 * time.Millisecond)
		}
	}
	for a := range accounts {
		args := accountArgs(fmt.Sprint("a", a), start)
		answer, err := retry(fmt.Sprint("create-", a), func(ctx context.Context, c stateflow.Client) error {
			_, err := c.Create(ctx, "Account", args)
			return err
		})
		if err != nil || answer != nil {
			t.Fatal(answer, err)
		}
	}

	var (
		mu   sync.Mutex
		done []transfer
		stop atomic.Bool
		wg   sync.WaitGroup
	)
	for c := range clients {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(c), 99))
			for i := 0; !stop.Load(); i++ {
				tr := transfer{from: rng.IntN(accounts), to: rng.IntN(accounts), amount: 1 + rng.IntN(400)}
				args := refInt(fmt.Sprint("a", tr.to), tr.amount)
				answer, err := retry(fmt.Sprintf("c%d-t%d", c, i), func(ctx context.Context, c stateflow.Client) error {
					_, err := c.Call(ctx, acct(fmt.Sprint("a", tr.from)), "Transfer", args)
					return err
				})
				if err != nil {
					t.Error(err)
					return
				}
				tr.err = answer
				mu.Lock()
				done = append(done, tr)
				mu.Unlock()
			}
		})
	}

	rng := rand.New(rand.NewPCG(7, 7))
	var recovered, restoredHolds int
	for k := range *kills {
		time.Sleep(time.Duration(20+rng.IntN(200)) * time.Millisecond)
		old := cur.Load()
		old.kill()
		if ws := old.cmd.ProcessState.Sys().(syscall.WaitStatus); !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
			t.Fatalf("kill %d: server ended with %v, not by SIGKILL\n%s", k, old.cmd.ProcessState, old.stderr)
		}
		next := startServer(t, dir)
		cur.Store(next)
		if m := openedLog.FindStringSubmatch(next.stderr.String()); m != nil {
			if n, _ := strconv.Atoi(m[1]); n > 0 {
				recovered++
			}
			if n, _ := strconv.Atoi(m[2]); n > 0 {
				restoredHolds++
			}
		}
	}
	time.Sleep(100 * time.Millisecond)
	stop.Store(true)
	wg.Wait()

	final := cur.Load()
	want := make([]int, accounts)
	for i := range want {
		want[i] = start
	}
	var ok, refused int
	for _, tr := range done {
		if tr.err == nil {
			want[tr.from] -= tr.amount
			want[tr.to] += tr.amount
			ok++
			continue
		}
		refused++
		if msg := tr.err.Error(); !strings.Contains(msg, "insufficient funds") && !strings.Contains(msg, "deadlock") {
			t.Errorf("transfer a%d -> a%d of %d: %v", tr.from, tr.to, tr.amount, tr.err)
		}
	}
	total := 0
	for a := range accounts {
		st, err := final.client.State(ctx, acct(fmt.Sprint("a", a)))
		if err != nil {
			t.Fatal(err)
		}
		v, err := testprog.Program().Entity("Account").DecodeState(st)
		if err != nil {
			t.Fatal(err)
		}
		got := v.(*testprog.Account)
		total += got.Balance
		if got.Balance != want[a] {
			t.Errorf("a%d: balance %d, but its start plus the successful transfers is %d", a, got.Balance, want[a])
		}
	}
	if total != accounts*start {
		t.Errorf("total balance %d, want %d", total, accounts*start)
	}
	if ok == 0 || recovered == 0 {
		t.Errorf("%d successful transfers, %d restarts with pending events: the test exercised nothing", ok, recovered)
	}
	final.cmd.Process.Signal(syscall.SIGTERM)
	if err := final.cmd.Wait(); err != nil {
		t.Errorf("graceful shutdown: %v\n%s", err, final.stderr)
	}
	t.Logf("%d kills (%d restarts found pending events, %d found holds of suspended transfers); %d transfers answered: %d succeeded, %d refused",
		*kills, recovered, restoredHolds, len(done), ok, refused)
}
