package kafka

import (
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/examples/bank"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// TestInjectedFaults fails transactional produce requests, commits
// (EndTxn) and fetches at random moments under a bank transfer load on
// two workers: the aborted transactions run again, and every
// acknowledged transfer is applied exactly once.
func TestInjectedFaults(t *testing.T) {
	c := cluster(t)
	cfg := testConfig(c)
	rt := openRuntime(t, c, bank.StateflowProgram(), cfg, 2)
	load := newBankLoad(t, rt, 32, 1000)

	var mu sync.Mutex
	rng := rand.New(rand.NewPCG(1, 2))
	chance := func(p float64) bool {
		mu.Lock()
		defer mu.Unlock()
		return rng.Float64() < p
	}
	var produceFaults, commitFaults, fetchFaults atomic.Int64
	c.ControlKey(int16(kmsg.Produce), func(req kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		pr := req.(*kmsg.ProduceRequest)
		if pr.TransactionID == nil || !chance(0.03) {
			return nil, nil, false
		}
		produceFaults.Add(1)
		resp := pr.ResponseKind().(*kmsg.ProduceResponse)
		for _, rt := range pr.Topics {
			st := kmsg.NewProduceResponseTopic()
			st.Topic = rt.Topic
			st.TopicID = rt.TopicID
			for _, rp := range rt.Partitions {
				sp := kmsg.NewProduceResponseTopicPartition()
				sp.Partition = rp.Partition
				sp.ErrorCode = kerr.InvalidRecord.Code
				st.Partitions = append(st.Partitions, sp)
			}
			resp.Topics = append(resp.Topics, st)
		}
		return resp, nil, true
	})
	c.ControlKey(int16(kmsg.EndTxn), func(req kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		er := req.(*kmsg.EndTxnRequest)
		if !er.Commit || !chance(0.05) {
			return nil, nil, false
		}
		commitFaults.Add(1)
		resp := er.ResponseKind().(*kmsg.EndTxnResponse)
		resp.ErrorCode = kerr.TransactionAbortable.Code
		return resp, nil, true
	})
	c.ControlKey(int16(kmsg.Fetch), func(req kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		if !chance(0.02) {
			return nil, nil, false
		}
		fetchFaults.Add(1)
		fr := req.(*kmsg.FetchRequest)
		resp := fr.ResponseKind().(*kmsg.FetchResponse)
		resp.ErrorCode = kerr.UnknownServerError.Code
		return resp, nil, true
	})

	stop := make(chan struct{})
	go func() { time.Sleep(3 * time.Second); close(stop) }()
	load.run(t, 16, stop)
	c.DropControl()
	load.check(t)
	t.Logf("injected %d produce, %d commit and %d fetch failures", produceFaults.Load(), commitFaults.Load(), fetchFaults.Load())
	if produceFaults.Load() == 0 || commitFaults.Load() == 0 {
		t.Errorf("the faults were not injected")
	}
}

var _ = kfake.NumBrokers
