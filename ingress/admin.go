package ingress

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
)

// HoldLister is implemented by the runtimes that can list the entities held
// by split operations in progress (DESIGN §2): both runtimes of this
// module. When the client given to Handler implements it, the handler
// serves the list at GET /admin/holds, unless WithoutAdmin is given.
type HoldLister interface {
	Holds() []engine.HoldInfo
}

// HoldCanceler is implemented by the runtimes that can cancel the call of a
// chain waiting for a held entity (the embedded runtime). When the client
// given to Handler implements it, the handler serves
// POST /admin/holds/{chain}/cancel, unless WithoutAdmin is given: the call
// fails with an error naming the cancellation, and its caller goes on with
// that failure. Cancel's error matches stateflow.ErrNotFound when the chain
// is not waiting and stateflow.ErrBadRequest when it is not a chain ID.
type HoldCanceler interface {
	Cancel(ctx context.Context, chain string) error
}

// WithoutAdmin leaves the admin routes (/admin/...) out of the handler.
func WithoutAdmin() Option { return func(c *config) { c.noAdmin = true } }

// HoldView is one held entity as GET /admin/holds answers it.
type HoldView struct {
	// Entity and Key address the held entity.
	Entity string `json:"entity"`
	Key    string `json:"key"`
	// Chain is the ID, in hex, of the call chain holding the entity.
	Chain string `json:"chain"`
	// Method is the operation that took the hold.
	Method string `json:"method"`
	// Depth is the chain's hold count: nested operations of the chain on
	// the entity.
	Depth int `json:"depth"`
	// Waiting is the number of events of other chains parked until the
	// entity is free, and WaitingChains their chains, in queue order.
	Waiting       int      `json:"waiting"`
	WaitingChains []string `json:"waiting_chains"`
}

// registerAdmin adds the admin routes when the client can answer them.
func (h *handler) registerAdmin() {
	lister, ok := h.client.(HoldLister)
	if !ok || h.cfg.noAdmin {
		return
	}
	h.handle("GET /admin/holds", func(w http.ResponseWriter, _ *http.Request) {
		writeHolds(w, lister.Holds())
	})
	h.handle("/admin/holds", notAllowed("GET, HEAD"))
	canceler, ok := h.client.(HoldCanceler)
	if !ok {
		return
	}
	h.handle("POST /admin/holds/{chain}/cancel", func(w http.ResponseWriter, r *http.Request) {
		err := canceler.Cancel(r.Context(), r.PathValue("chain"))
		switch {
		case err == nil:
			writeJSON(w, http.StatusAccepted, []byte("{}"))
		case errors.Is(err, stateflow.ErrBadRequest):
			writeError(w, errorAnswer{status: http.StatusBadRequest, msg: err.Error(), code: codeBadRequest})
		case errors.Is(err, stateflow.ErrNotFound):
			writeError(w, errorAnswer{status: http.StatusNotFound, msg: err.Error(), code: codeNotFound})
		default:
			h.fail(w, err)
		}
	})
	h.handle("/admin/holds/{chain}/cancel", notAllowed("POST"))
}

// writeHolds answers with hs as a JSON array of HoldView.
func writeHolds(w http.ResponseWriter, hs []engine.HoldInfo) {
	views := make([]HoldView, 0, len(hs))
	for _, hi := range hs {
		v := HoldView{
			Entity: hi.Entity.Entity, Key: hi.Entity.Key, Chain: hi.Chain.String(), Method: hi.Method,
			Depth: hi.Count, Waiting: len(hi.Waiting), WaitingChains: make([]string, 0, len(hi.Waiting)),
		}
		for _, c := range hi.Waiting {
			v.WaitingChains = append(v.WaitingChains, c.String())
		}
		views = append(views, v)
	}
	body, err := json.Marshal(views)
	if err != nil {
		writeError(w, errorAnswer{status: http.StatusInternalServerError, msg: "admin: encoding the holds: " + err.Error(), code: codeInternal})
		return
	}
	writeJSON(w, http.StatusOK, body)
}
