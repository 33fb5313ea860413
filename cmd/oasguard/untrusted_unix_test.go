//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestUntrustedBaselineFIFO: a FIFO named as the baseline is refused at once
// (it used to block the scan forever).
func TestUntrustedBaselineFIFO(t *testing.T) {
	dir := writeTree(t, map[string]string{"api.yaml": untrustedSpec})
	fifo := filepath.Join(dir, "baseline.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs:", err)
	}
	type run struct {
		code   int
		errOut string
	}
	done := make(chan run, 1)
	go func() {
		code, _, errOut := runApp(t, "scan", "--no-config", "--baseline", fifo, filepath.Join(dir, "api.yaml"))
		done <- run{code, errOut}
	}()
	select {
	case r := <-done:
		if r.code != 2 || !strings.Contains(r.errOut, "not a regular file") {
			t.Errorf("exit %d, stderr %q", r.code, r.errOut)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the scan blocked on a FIFO baseline")
	}
}
