package engine

import (
	"os"
	"sync"

	"github.com/oasguard/oasguard/pkg/loader"
)

// DefaultMemoryBudget is the memory that the documents scanned at once may
// use together, estimated from their size (see docCost).
const DefaultMemoryBudget = 1 << 30

// bytesPerInputByte estimates the memory a document takes while it is
// scanned from its size: Stripe's 3.7 MB JSON peaks at ~280 MiB, OpenAI's
// 2.9 MB YAML at ~260 MiB (docs/performance.md), under 100 bytes a byte.
const bytesPerInputByte = 100

// budget admits documents while their estimated memory fits: -j workers
// share one budget, so that four documents that each fit the limits cannot
// exhaust memory together. A document costing more than the whole budget
// waits until it can run alone.
type budget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	total int64
	free  int64
}

func newBudget(total int64) *budget {
	if total <= 0 {
		total = DefaultMemoryBudget
	}
	b := &budget{total: total, free: total}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until cost (capped to the whole budget) is free and takes
// it; it returns what release must give back.
func (b *budget) acquire(cost int64) int64 {
	cost = min(max(cost, 1), b.total)
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.free < cost {
		b.cond.Wait()
	}
	b.free -= cost
	return cost
}

func (b *budget) release(cost int64) {
	b.mu.Lock()
	b.free += cost
	b.mu.Unlock()
	b.cond.Broadcast()
}

// docCost estimates the memory a target takes while it is scanned: its size
// (a quarter of the budget for standard input, whose size is unknown) times
// bytesPerInputByte. Fragments are not counted: they are found while loading.
func docCost(t loader.Target, total int64) int64 {
	if t.Path == loader.Stdin {
		return total / 4
	}
	st, err := os.Stat(t.Path)
	if err != nil {
		return 1
	}
	return st.Size() * bytesPerInputByte
}
