package safefile

import (
	"fmt"
	"os"
	"syscall"
)

// Magic numbers of the pseudo file systems (statfs(2)).
const (
	procMagic  = 0x9fa0
	sysfsMagic = 0x62656572
)

// pseudoFS refuses files of /proc and /sys: they claim to be regular files
// of size 0 and hold the process's environment, memory maps and so on.
func pseudoFS(fh *os.File) error {
	var fs syscall.Statfs_t
	if err := syscall.Fstatfs(int(fh.Fd()), &fs); err != nil {
		return nil
	}
	if fs.Type == procMagic || fs.Type == sysfsMagic {
		return fmt.Errorf("%s: %w (a /proc or /sys pseudo-file)", fh.Name(), ErrNotRegular)
	}
	return nil
}
