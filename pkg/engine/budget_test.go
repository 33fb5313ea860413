package engine

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestBudgetSharedByWorkers: documents whose estimated memory together
// exceeds the budget do not run at once; one costing more than the whole
// budget runs alone instead of never.
func TestBudgetSharedByWorkers(t *testing.T) {
	b := newBudget(100)
	var running, peak atomic.Int64
	var wg sync.WaitGroup
	for _, cost := range []int64{60, 60, 60, 500, 10} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := b.acquire(cost)
			n := running.Add(got)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			time.Sleep(5 * time.Millisecond)
			running.Add(-got)
			b.release(got)
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the budget deadlocked")
	}
	if peak.Load() > 100 {
		t.Errorf("%d of a 100 budget in use at once", peak.Load())
	}
}
