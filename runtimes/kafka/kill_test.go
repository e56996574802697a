package kafka

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/examples/bank"
)

// runWorkerProcess is the main of a worker process (see workerEnv).
func runWorkerProcess(spec string) int {
	f := strings.Fields(spec)
	if len(f) != 3 {
		fmt.Fprintf(os.Stderr, "%s=%q: want brokers topic workerID\n", workerEnv, spec)
		return 2
	}
	cfg := Config{Brokers: strings.Split(f[0], ","), Topic: f[1], WorkerID: f[2], Partitions: 4,
		SessionTimeout: 2 * time.Second, LockWaitTimeout: 500 * time.Millisecond}
	ctx := context.Background()
	w, err := NewWorker(ctx, bank.StateflowProgram(), cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("ready")
	if err := w.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// startWorkerProcess starts the test binary as worker id of cfg.
func startWorkerProcess(t *testing.T, cfg Config, id string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s %s %s", workerEnv, strings.Join(cfg.Brokers, ","), cfg.Topic, id))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "ready" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("worker process did not start: %q, %v", line, err)
	}
	return cmd
}

// TestWorkerKilled kills a worker process with SIGKILL, mid-transaction,
// again and again under a bank transfer load, and restarts it with the same
// ID (which fences the dead incarnation and aborts its open transaction).
// The other worker runs in the test process. Every acknowledged transfer
// is applied exactly once and the total balance is kept.
func TestWorkerKilled(t *testing.T) {
	c := cluster(t)
	cfg := testConfig(c)
	rt := openRuntime(t, c, bank.StateflowProgram(), cfg, 1)
	proc := startWorkerProcess(t, cfg, "killed-worker")
	defer func() {
		proc.Process.Kill()
		proc.Wait()
	}()
	load := newBankLoad(t, rt, 32, 1000)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		load.run(t, 16, stop)
	}()
	const kills = 4
	for i := range kills {
		time.Sleep(600 * time.Millisecond)
		if err := proc.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		proc.Wait()
		t.Logf("kill %d: worker process killed", i+1)
		if i%2 == 1 {
			// Let the group move its partitions to the other worker first.
			time.Sleep(2500 * time.Millisecond)
		}
		proc = startWorkerProcess(t, cfg, "killed-worker")
	}
	time.Sleep(time.Second)
	close(stop)
	<-done
	load.check(t)
}
