package memstore_test

import (
	"testing"

	"github.com/stateflow-go/stateflow/store"
	"github.com/stateflow-go/stateflow/store/memstore"
	"github.com/stateflow-go/stateflow/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, storetest.Harness{Open: func(t *testing.T) store.Store { return memstore.New() }})
}
