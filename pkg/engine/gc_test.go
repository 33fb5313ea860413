package engine

import (
	"runtime/debug"
	"testing"
)

func TestGCTunerRaisesAndRestores(t *testing.T) {
	base := debug.SetGCPercent(100)
	defer debug.SetGCPercent(base)
	var tu GCTuner
	gogc := gcPercent

	startup := tu.Raise(800)
	conversion := tu.Raise(400)
	if got := gogc(); got != 800 {
		t.Fatalf("two raises in force: GOGC %d, want the higher, 800", got)
	}
	startup()
	startup() // a second call changes nothing
	if got := gogc(); got != 400 {
		t.Fatalf("after the first restore: GOGC %d, want 400", got)
	}
	conversion()
	if got := gogc(); got != 100 {
		t.Fatalf("after the last restore: GOGC %d, want the original 100", got)
	}
}

func TestGCTunerKeepsAHigherTargetAndOff(t *testing.T) {
	base := debug.SetGCPercent(100)
	defer debug.SetGCPercent(base)
	var tu GCTuner
	gogc := gcPercent
	for _, user := range []int{1000, -1} {
		debug.SetGCPercent(user)
		restore := tu.Raise(400)
		if got := gogc(); got != user {
			t.Errorf("GOGC=%d set by the user: raised to %d, want it kept", user, got)
		}
		restore()
		if got := gogc(); got != user {
			t.Errorf("GOGC=%d set by the user: restored to %d", user, got)
		}
	}
}
