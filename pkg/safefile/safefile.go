// Package safefile opens files that the input named (a $ref target, a
// baseline, a configuration) for reading, refusing what is not a regular
// file before any read: a FIFO would block the scan forever, a device or a
// /proc file is not a document.
package safefile

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// ErrNotRegular is returned for FIFOs, devices, sockets, directories and
// pseudo-files (/proc, /sys).
var ErrNotRegular = errors.New("not a regular file")

// Open opens path for reading. The file is opened without blocking (a FIFO
// with no writer would block the open itself), then checked through the
// open descriptor, so that it cannot be swapped between check and read.
func Open(path string) (*os.File, error) {
	if st, err := os.Stat(path); err != nil {
		return nil, err
	} else if err := check(path, st); err != nil {
		return nil, err
	}
	fh, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	st, err := fh.Stat()
	if err == nil {
		err = check(path, st)
	}
	if err == nil {
		err = pseudoFS(fh)
	}
	if err != nil {
		fh.Close()
		return nil, err
	}
	return fh, nil
}

func check(path string, st os.FileInfo) error {
	switch {
	case st.IsDir():
		return fmt.Errorf("%s: is a directory", path)
	case !st.Mode().IsRegular():
		return fmt.Errorf("%s: %w (%s)", path, ErrNotRegular, st.Mode().Type())
	}
	return nil
}
