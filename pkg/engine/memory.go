package engine

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// DefaultMemoryLimit bounds the heap while rules evaluate: OPA has no limit
// of its own, so a watchdog stops the evaluation when the heap grows past it.
const DefaultMemoryLimit = 1 << 30

// ErrMemoryLimit is the cause of an evaluation stopped by the memory limit.
var ErrMemoryLimit = errors.New("memory limit reached")

// memoryPoll is how often the watchdog reads the heap size.
const memoryPoll = 10 * time.Millisecond

// WithMemoryLimit sets the heap size, in bytes, past which the rules of a
// document are stopped (0: DefaultMemoryLimit).
func WithMemoryLimit(bytes uint64) Option {
	return func(e *Engine) { e.memLimit = bytes }
}

// heapBytes is the memory held by heap objects, live or not yet collected:
// the part of the process's memory that rule evaluation grows.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// watchMemory returns a context that is cancelled, with a cause wrapping
// ErrMemoryLimit, once the heap holds more than limit bytes. stop ends the
// watch and releases the context.
func watchMemory(ctx context.Context, limit uint64) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(memoryPoll)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
				if h := heapBytes(); h > limit {
					cancel(fmt.Errorf("%w: the heap holds %d MiB, over %d MiB", ErrMemoryLimit, h>>20, limit>>20))
					return
				}
			}
		}
	}()
	return ctx, func() {
		close(done)
		cancel(nil)
	}
}

// SoftMemoryLimit is the Go runtime's memory limit that a scanning process
// sets (unless GOMEMLIMIT is set): near it the collector runs more often,
// whatever GOGC the GCTuner raised, so that garbage does not carry a scan
// past the memory the rules are allowed.
const SoftMemoryLimit = 5 << 28

// LimitProcessMemory sets the runtime's soft memory limit to SoftMemoryLimit
// when the environment sets none. Call it once, from main.
func LimitProcessMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(SoftMemoryLimit)
	}
}
