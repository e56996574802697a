package ingress

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
)

// Client is a stateflow.Client that talks to a Handler over HTTP. It
// transcodes the binary arguments to JSON and the JSON answers back with the
// program's IR types, and maps each error status to the error the
// in-process client returns (see the package documentation).
type Client struct {
	base string
	prog *ir.Program
	http *http.Client
}

var _ stateflow.Client = (*Client)(nil)

// ClientOption configures NewClient.
type ClientOption func(*Client)

// WithHTTPClient sends the requests through hc instead of the client's own,
// which keeps connections alive.
func WithHTTPClient(hc *http.Client) ClientOption { return func(c *Client) { c.http = hc } }

// NewClient returns a client of the program prog served at baseURL (for
// example "http://localhost:8080").
func NewClient(baseURL string, prog *ir.Program, opts ...ClientOption) *Client {
	c := &Client{base: strings.TrimRight(baseURL, "/"), prog: prog}
	for _, o := range opts {
		o(c)
	}
	if c.http == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 64
		c.http = &http.Client{Transport: t}
	}
	return c
}

// CloseIdleConnections closes the idle keep-alive connections.
func (c *Client) CloseIdleConnections() { c.http.CloseIdleConnections() }

func (c *Client) entity(name string) (*ir.Entity, error) {
	e := c.prog.Entity(name)
	if e == nil {
		return nil, &stateflow.NotFoundError{What: "entity " + name}
	}
	return e, nil
}

// Create runs entity's constructor with the encoded arguments (or, for an
// entity without constructor, creates it from its encoded state).
func (c *Client) Create(ctx context.Context, entity string, args []byte) (string, error) {
	e, err := c.entity(entity)
	if err != nil {
		return "", err
	}
	var body []byte
	if e.Constructor != nil {
		body, err = argsToJSON(nil, e.Constructor, args)
	} else if body, err = AppendJSON(nil, e.State, args); err != nil {
		err = argError("", err)
	}
	if err != nil {
		return "", err
	}
	out, err := c.do(ctx, http.MethodPost, "/v1/"+url.PathEscape(e.Name), body, http.StatusCreated, nil)
	if err != nil {
		return "", err
	}
	var created struct {
		Key *string `json:"key"`
	}
	if err := json.Unmarshal(out, &created); err != nil || created.Key == nil {
		return "", fmt.Errorf("ingress: create %s: answer without a key: %q", e.Name, out)
	}
	return *created.Key, nil
}

// Call invokes method on the entity at addr with the encoded arguments and
// returns the encoded results.
func (c *Client) Call(ctx context.Context, addr stateflow.Address, method string, args []byte) ([]byte, error) {
	e, err := c.entity(addr.Entity)
	if err != nil {
		return nil, err
	}
	m := e.Method(method)
	if m == nil || m.Internal {
		return nil, &stateflow.NotFoundError{What: "method " + e.Name + "." + method}
	}
	path, err := keyPath(e, addr.Key)
	if err != nil {
		return nil, err
	}
	body, err := argsToJSON(nil, m, args)
	if err != nil {
		return nil, err
	}
	op := &stateflow.OpError{Entity: e.Name, Key: addr.Key, Method: m.Name}
	out, err := c.do(ctx, http.MethodPost, path+"/"+url.PathEscape(m.Name), body, http.StatusOK, op)
	if err != nil {
		return nil, err
	}
	res, err := resultsToWire(nil, m, out)
	if err != nil {
		return nil, fmt.Errorf("ingress: the answer of %s.%s: %w", e.Name, m.Name, err)
	}
	return res, nil
}

// State returns the encoded state of the entity at addr.
func (c *Client) State(ctx context.Context, addr stateflow.Address) ([]byte, error) {
	e, err := c.entity(addr.Entity)
	if err != nil {
		return nil, err
	}
	path, err := keyPath(e, addr.Key)
	if err != nil {
		return nil, err
	}
	out, err := c.do(ctx, http.MethodGet, path, nil, http.StatusOK, nil)
	if err != nil {
		return nil, err
	}
	st, err := AppendWire(nil, e.State, out)
	if err != nil {
		return nil, fmt.Errorf("ingress: the state of %s: %w", addr, err)
	}
	return st, nil
}

// keyPath returns the path of the entity e with key. The keys "", "." and
// "..", which cannot be one path segment, cannot be addressed over HTTP.
func keyPath(e *ir.Entity, key string) (string, error) {
	var seg string
	switch key {
	case "":
		return "", &stateflow.ArgError{Param: "key", Err: errors.New("an empty key cannot be addressed over HTTP")}
	case ".", "..":
		// Escaped, so that path cleaning leaves them alone.
		seg = strings.Repeat("%2E", len(key))
	default:
		seg = url.PathEscape(key)
	}
	return "/v1/" + url.PathEscape(e.Name) + "/" + seg, nil
}

// do sends one request and returns the body of an answer with status want,
// or the error an error answer maps to. op, when not nil, names the
// operation that 422 and 500 answers report on.
func (c *Client) do(ctx context.Context, method, path string, body []byte, want int, op *stateflow.OpError) ([]byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, fmt.Errorf("ingress: %w", err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	if k := stateflow.IdempotencyKey(ctx); k != "" {
		req.Header.Set("Idempotency-Key", k)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("ingress: %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("ingress: %s %s: reading the answer: %w", method, path, err)
	}
	if resp.StatusCode == want {
		return out, nil
	}
	return nil, answerError(resp.StatusCode, resp.Header, out, op)
}
