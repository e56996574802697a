package restate

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// ingressClient calls handlers through the server's HTTP ingress.
type ingressClient struct {
	base string
	http *http.Client
}

func newIngressClient(base string) *ingressClient {
	t := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        MaxConns,
		MaxIdleConnsPerHost: MaxConns,
		MaxConnsPerHost:     MaxConns,
		IdleConnTimeout:     90 * time.Second,
	}
	return &ingressClient{base: base, http: &http.Client{Transport: t}}
}

func (c *ingressClient) close() { c.http.CloseIdleConnections() }

// ingressError is a call the ingress answered with a non-2xx status.
type ingressError struct {
	status int
	body   string
}

func (e *ingressError) Error() string {
	return fmt.Sprintf("ingress status %d: %s", e.status, e.body)
}

// call invokes service/key/handler (key empty for a service) with the
// JSON encoding of in, or no body when in is nil, and returns the raw
// response body.
func (c *ingressClient) call(ctx context.Context, service, key, handler string, in any) ([]byte, error) {
	path := c.base + "/" + service
	if key != "" {
		path += "/" + url.PathEscape(key)
	}
	path += "/" + handler
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return nil, fmt.Errorf("restate: encode %s input: %w", handler, err)
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, path, body)
	if err != nil {
		return nil, fmt.Errorf("restate: %w", err)
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("restate: call %s: %w", strings.TrimPrefix(path, c.base), err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("restate: call %s: read reply: %w", strings.TrimPrefix(path, c.base), err)
	}
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("restate: call %s: %w", strings.TrimPrefix(path, c.base),
			&ingressError{status: resp.StatusCode, body: string(bytes.TrimSpace(out))})
	}
	return out, nil
}

// callJSON is call with the reply decoded into out.
func (c *ingressClient) callJSON(ctx context.Context, service, key, handler string, in, out any) error {
	b, err := c.call(ctx, service, key, handler, in)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("restate: %s/%s reply %q: %w", service, handler, b, err)
	}
	return nil
}
