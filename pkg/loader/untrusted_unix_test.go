//go:build unix

package loader

import (
	"math"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestUntrustedNonRegularFiles: a FIFO or a /proc file as the document or as
// a $ref target is refused before it is opened for reading (a FIFO used to
// block forever).
func TestUntrustedNonRegularFiles(t *testing.T) {
	dir := hostileDir(t, map[string]string{
		"api.yaml": hostileMinimal + "components: {schemas: {A: {$ref: 'fifo.yaml#/x'}}}\n",
	})
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.yaml"), 0o600); err != nil {
		t.Skip("no FIFOs:", err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		doc, err := hostileLoad(t, dir, "api.yaml", Options{})
		if err != nil {
			t.Error(err)
			return
		}
		if st := hostileStatus(t, doc, "fifo.yaml#/x"); st != statusUnreadable {
			t.Errorf("$ref to a FIFO: status %v, want %s", st, statusUnreadable)
		}
		if _, err := LoadFile(filepath.Join(dir, "fifo.yaml"), Options{RefRoot: dir}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("FIFO as the document: %v", err)
		}
		if _, err := LoadFile("/proc/self/environ", Options{RefRoot: "/"}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("/proc file as the document: %v", err)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("loading blocked on a FIFO")
	}
}

// TestUntrustedMaxFileSizeOverflow: --max-file-size at the largest int64
// (max+1 overflowed and every file read as empty) or negative still reads.
func TestUntrustedMaxFileSizeOverflow(t *testing.T) {
	dir := hostileDir(t, map[string]string{"api.yaml": hostileMinimal})
	for _, max := range []int64{math.MaxInt64, math.MaxInt64 - 1, -1, math.MinInt64} {
		if _, err := hostileLoad(t, dir, "api.yaml", Options{MaxFileSize: max}); err != nil {
			t.Errorf("--max-file-size %d: %v", max, err)
		}
		if _, err := LoadReader("-", strings.NewReader(hostileMinimal), Options{MaxFileSize: max}); err != nil {
			t.Errorf("--max-file-size %d, standard input: %v", max, err)
		}
	}
}
