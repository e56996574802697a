package counter

import (
	"context"
	"testing"

	"github.com/stateflow-go/stateflow/runtimes/local"
)

func TestCounterAndBlob(t *testing.T) {
	ctx := context.Background()
	rt := local.New(StateflowProgram())
	defer rt.Close()
	c, err := CreateCounter(ctx, rt, "c")
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []int64{5, 2} {
		if got, err := c.Add(ctx, []int64{5, -3}[i]); err != nil || got != want {
			t.Fatalf("Add #%d = %d, %v; want %d", i, got, err, want)
		}
	}
	if v, err := c.Get(ctx); err != nil || v != 2 {
		t.Fatalf("Get = %d, %v; want 2", v, err)
	}
	b, err := CreateBlob(ctx, rt, "b", 50_000)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]bool{}
	for range 5 {
		sum, err := b.Touch(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if seen[sum] {
			t.Fatalf("checksum %d repeated: the touch changed nothing", sum)
		}
		seen[sum] = true
	}
	st, err := b.State(ctx)
	if err != nil || len(st.Data) != 50_000 || st.Data[0] != 5 {
		t.Fatalf("state after 5 touches: %d bytes, count byte %d, %v", len(st.Data), st.Data[0], err)
	}
}
