package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/internal/testprog"
)

// BenchmarkHTTPCalls measures calls of Item.SetStock over HTTP through Run,
// from conc concurrent clients that keep their connections alive, on one
// item ("one") or spread over 1,000 items ("spread"): calls per second and
// the p50 and p99 latency of a call as a client sees it. "embedded" syncs
// every group commit to disk; "local" keeps nothing.
func BenchmarkHTTPCalls(b *testing.B) {
	for _, rt := range []string{"embedded", "local"} {
		for _, keys := range []int{1, 1000} {
			spread := "one"
			if keys > 1 {
				spread = "spread"
			}
			for _, conc := range []int{1, 16, 64, 256} {
				b.Run(fmt.Sprintf("%s/%s/c=%d", rt, spread, conc), func(b *testing.B) {
					base := serveBench(b, rt)
					benchHTTP(b, base, keys, conc)
				})
			}
		}
	}
}

// serveBench runs the test program on runtime through Run on a loopback
// port until the benchmark ends.
func serveBench(b *testing.B, runtime string) string {
	b.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, testprog.Program(), Config{Runtime: runtime, DataDir: b.TempDir(), Listener: ln})
	}()
	b.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			b.Errorf("Run = %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// benchHTTP creates keys items, then makes b.N SetStock calls over them
// from conc goroutines sharing one keep-alive transport.
func benchHTTP(b *testing.B, base string, keys, conc int) {
	tr := &http.Transport{MaxIdleConns: conc + 8, MaxIdleConnsPerHost: conc + 8, MaxConnsPerHost: conc + 8}
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr}
	post := func(url, body string) (int, error) {
		resp, err := hc.Post(url, "application/json", strings.NewReader(body))
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode, err
	}
	for k := range keys {
		if code, err := post(base+"/v1/Item", fmt.Sprintf(`{"id":"i%d","price":1}`, k)); err != nil || code != http.StatusCreated {
			b.Fatalf("create i%d: %d %v", k, code, err)
		}
	}
	urls := make([]string, keys)
	for k := range urls {
		urls[k] = fmt.Sprintf("%s/v1/Item/i%d/SetStock", base, k)
	}
	body := []byte(`{"n":7}`)
	var next atomic.Int64
	lat := make([][]time.Duration, conc)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for g := range conc {
		wg.Go(func() {
			own := make([]time.Duration, 0, b.N/conc+1)
			for i := next.Add(1); i <= int64(b.N); i = next.Add(1) {
				t0 := time.Now()
				resp, err := hc.Post(urls[int(i)%keys], "application/json", bytes.NewReader(body))
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Errorf("SetStock: %d", resp.StatusCode)
					return
				}
				own = append(own, time.Since(t0))
			}
			lat[g] = own
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	all := slices.Concat(lat...)
	if len(all) == 0 {
		return
	}
	slices.Sort(all)
	pct := func(p float64) float64 { return float64(all[int(p*float64(len(all)-1))]) / 1e6 }
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "calls/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(0, "ns/op")
}
