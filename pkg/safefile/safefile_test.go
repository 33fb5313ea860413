//go:build unix

package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// TestOpenRefusesNonRegular: FIFOs (which would block), devices,
// directories and /proc files are refused at once; regular files open.
func TestOpenRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs:", err)
	}
	regular := filepath.Join(dir, "a.yaml")
	if err := os.WriteFile(regular, []byte("a: 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	paths := []string{fifo, "/dev/zero", dir}
	if runtime.GOOS == "linux" {
		paths = append(paths, "/proc/self/environ", "/proc/self/maps")
	}
	for _, p := range paths {
		done := make(chan error, 1)
		go func() {
			fh, err := Open(p)
			if fh != nil {
				fh.Close()
			}
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil {
				t.Errorf("%s opened", p)
			} else if p != dir && !errors.Is(err, ErrNotRegular) {
				t.Errorf("%s: %v", p, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: Open blocked", p)
		}
	}
	fh, err := Open(regular)
	if err != nil {
		t.Fatal(err)
	}
	fh.Close()
}
