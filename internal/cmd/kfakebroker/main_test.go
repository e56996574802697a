package main

import (
	"bufio"
	"bytes"
	"context"
	"net"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// build compiles the command into a temporary directory.
func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kfakebroker")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// start runs the broker with args and returns the addresses it prints and
// a function that stops it with SIGTERM and checks that it exits cleanly.
func start(t *testing.T, bin string, args ...string) (addrs []string, stop func()) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("kfakebroker exited with %v after SIGTERM:\n%s", err, stderr.String())
			}
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Error("kfakebroker did not stop after SIGTERM")
		}
	}
	t.Cleanup(stop)
	sc := bufio.NewScanner(out)
	want := 1
	if i := indexOf(args, "-brokers"); i >= 0 {
		want, _ = strconv.Atoi(args[i+1])
	}
	for len(addrs) < want && sc.Scan() {
		addrs = append(addrs, strings.TrimSpace(sc.Text()))
	}
	if len(addrs) < want {
		t.Fatalf("kfakebroker printed %v:\n%s", addrs, stderr.String())
	}
	return addrs, stop
}

func indexOf(args []string, s string) int {
	for i, a := range args {
		if a == s {
			return i
		}
	}
	return -1
}

// The broker serves Kafka: a record produced to it is consumed back, and
// with -data-dir it is still there after a restart.
func TestBrokerServesAndPersists(t *testing.T) {
	bin := build(t)
	dir := t.TempDir()
	addrs, stop := start(t, bin, "-brokers", "2", "-data-dir", dir)
	if len(addrs) != 2 {
		t.Fatalf("addresses %v, want 2", addrs)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cl, err := kgo.NewClient(kgo.SeedBrokers(addrs...))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := kadm.NewClient(cl).CreateTopic(ctx, 1, 1, nil, "t"); err != nil {
		t.Fatal(err)
	}
	if err := cl.ProduceSync(ctx, &kgo.Record{Topic: "t", Value: []byte("hello")}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	cl.Close()
	stop()

	addrs, _ = start(t, bin, "-data-dir", dir)
	cl, err = kgo.NewClient(kgo.SeedBrokers(addrs...), kgo.ConsumeTopics("t"))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	var got []string
	for len(got) == 0 && ctx.Err() == nil {
		cl.PollFetches(ctx).EachRecord(func(r *kgo.Record) { got = append(got, string(r.Value)) })
	}
	if len(got) != 1 || got[0] != "hello" {
		t.Errorf("after a restart the topic holds %q, want [hello]", got)
	}
}

func TestBrokerRejectsBadFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-ports", "9092,x"}, `bad port "x" in -ports`},
		{[]string{"-brokers", "0"}, "bad -brokers 0"},
		{[]string{"extra"}, "unexpected arguments: extra"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), c.args, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%q: exit %d, stderr %s; want 2 and %s", c.args, code, stderr.String(), c.want)
		}
	}
}

// With -ports, the brokers listen on the ports given.
func TestBrokerPorts(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"-ports", strconv.Itoa(port)}, &stdout, &stderr) }()
	want := "127.0.0.1:" + strconv.Itoa(port)
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(stdout.String(), want); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("stdout %q, want %s; stderr %s", stdout.String(), want, stderr.String())
		}
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d after the context ended", code)
	}
}

// syncBuffer is a bytes.Buffer safe for two goroutines.
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
