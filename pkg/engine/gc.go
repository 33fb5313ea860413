package engine

import (
	"runtime/debug"
	"runtime/metrics"
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
		t.base = gcPercent()
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
	if target != gcPercent() {
		debug.SetGCPercent(target)
	}
}

// gcPercent reads GOGC without changing it: -1 when it is off.
func gcPercent() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 100
	}
	return int(int64(s[0].Value.Uint64())) // off reads as the all-ones uint64
}
