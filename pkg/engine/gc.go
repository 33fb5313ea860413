package engine

import (
	"runtime/debug"
	"slices"
	"sync"
)

// GCTuner raises the garbage collector's target (GOGC) during phases whose
// garbage is short-lived, and restores it after. Raises may overlap, since
// documents scan concurrently: the highest raise in force wins, and the
// target found before the first raise comes back after the last one. A
// target already higher than a raise, or GOGC=off, is left alone. One
// process should raise through one tuner. The zero value is ready to use
// and safe for concurrent use.
type GCTuner struct {
	mu     sync.Mutex
	base   int
	active []int
}

// Raise sets GOGC to at least percent until restore is called (restore may
// be called more than once; the first call counts).
func (t *GCTuner) Raise(percent int) (restore func()) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.active) == 0 {
		t.base = debug.SetGCPercent(percent)
	}
	t.active = append(t.active, percent)
	t.apply()
	var once sync.Once
	return func() { once.Do(func() { t.drop(percent) }) }
}

func (t *GCTuner) drop(percent int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.active = slices.Delete(t.active, slices.Index(t.active, percent), slices.Index(t.active, percent)+1)
	t.apply()
}

// apply sets the target the raises in force ask for; t.mu is held.
func (t *GCTuner) apply() {
	target := t.base
	if len(t.active) > 0 && t.base >= 0 {
		target = max(t.base, slices.Max(t.active))
	}
	debug.SetGCPercent(target)
}
