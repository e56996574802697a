package restate

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Partitions is the number of partitions the server is provisioned with.
// The default of 24 only adds scheduling overhead on 2 cores; 4 gave the
// best throughput on this machine.
const Partitions = 4

// startTimeout bounds the server's start (about 5 s here).
const startTimeout = 60 * time.Second

// ErrNoServer is returned by Factory when the restate-server binary is not
// installed under Config.Tools.
var ErrNoServer = errors.New("restate: restate-server binary not found (run bench/peers/setup.sh)")

// findServer returns the restate-server binary of the npm package installed
// under tools.
func findServer(tools string) (string, error) {
	if tools == "" {
		return "", ErrNoServer
	}
	pattern := filepath.Join(tools, "node_modules", "@restatedev", "restate-server-*", "bin", "restate-server")
	matches, _ := filepath.Glob(pattern)
	for _, m := range matches {
		if fi, err := os.Stat(m); err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0 {
			return m, nil
		}
	}
	return "", fmt.Errorf("%w: no %s", ErrNoServer, pattern)
}

// serverConfig is the configuration file of one run. Besides the ports and
// the data directory it sets:
//   - default-num-partitions (see Partitions);
//   - rocksdb-total-memory-size 1 GiB instead of 2 GiB, enough for a
//     benchmark run;
//   - telemetry off and logs at warn, so the process makes no outside calls
//     beyond its update check and writes little.
//
// Durability settings are left at their defaults: the WAL is fsynced.
const serverConfig = `node-name = "bench"
base-dir = %q
default-num-partitions = %d
disable-telemetry = true
log-filter = "warn"
log-disable-ansi-codes = true
rocksdb-total-memory-size = "1 GiB"
bind-address = "127.0.0.1:%d"
advertised-address = "http://127.0.0.1:%d/"

[admin]
bind-address = "127.0.0.1:%d"
disable-web-ui = true

[ingress]
bind-address = "127.0.0.1:%d"
`

// server is a running restate-server process.
type server struct {
	cmd     *exec.Cmd
	done    chan struct{} // closed when the process exited
	logPath string
	admin   string // http://127.0.0.1:port
	ingress string
}

// freePorts returns n distinct free loopback TCP ports.
func freePorts(n int) ([]int, error) {
	ports := make([]int, 0, n)
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("restate: pick a free port: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// startServer starts bin with its data under dir and waits until its
// admin API and ingress answer.
func startServer(ctx context.Context, bin, dir string) (*server, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("restate: %w", err)
	}
	ports, err := freePorts(3)
	if err != nil {
		return nil, err
	}
	node, admin, ingress := ports[0], ports[1], ports[2]
	cfgPath := filepath.Join(dir, "restate.toml")
	cfg := fmt.Sprintf(serverConfig, filepath.Join(dir, "data"), Partitions, node, node, admin, ingress)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		return nil, fmt.Errorf("restate: write config: %w", err)
	}
	s := &server{
		logPath: filepath.Join(dir, "restate.log"),
		admin:   fmt.Sprintf("http://127.0.0.1:%d", admin),
		ingress: fmt.Sprintf("http://127.0.0.1:%d", ingress),
		done:    make(chan struct{}),
	}
	logf, err := os.Create(s.logPath)
	if err != nil {
		return nil, fmt.Errorf("restate: %w", err)
	}
	s.cmd = exec.Command(bin, "--config-file", cfgPath, "--no-logo")
	s.cmd.Dir = dir
	s.cmd.Env = append(os.Environ(), "RESTATE_LISTEN_MODE=tcp")
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	if err := s.cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("restate: start %s: %w", bin, err)
	}
	go func() {
		s.cmd.Wait()
		logf.Close()
		close(s.done)
	}()
	if err := s.waitHealthy(ctx); err != nil {
		s.stop()
		return nil, err
	}
	return s, nil
}

// waitHealthy polls the admin and ingress health endpoints.
func (s *server) waitHealthy(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	for _, url := range []string{s.admin + "/health", s.ingress + "/restate/health"} {
		for {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
			resp, err := http.DefaultClient.Do(req)
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					break
				}
			}
			select {
			case <-s.done:
				return fmt.Errorf("restate: server exited during start: %s", s.logTail())
			case <-ctx.Done():
				return fmt.Errorf("restate: server not healthy at %s: %w; log: %s", url, ctx.Err(), s.logTail())
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	return nil
}

// logTail returns the end of the server's log, for error messages.
func (s *server) logTail() string {
	b, _ := os.ReadFile(s.logPath)
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(bytes.TrimSpace(b))
}

// stop kills the process and waits for it; its data is thrown away with
// the run's directory, so there is nothing to shut down gracefully.
func (s *server) stop() error {
	select {
	case <-s.done:
		return nil
	default:
	}
	if err := s.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("restate: kill server: %w", err)
	}
	<-s.done
	return nil
}
