package restate

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// register registers the endpoint at uri with the admin API at admin.
func register(ctx context.Context, admin, uri string) error {
	body, _ := json.Marshal(map[string]any{"uri": uri, "force": true})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, admin+"/deployments", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("restate: register: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("restate: register %s: %w", uri, err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("restate: register %s: status %d: %s", uri, resp.StatusCode, bytes.TrimSpace(out))
	}
	return nil
}
