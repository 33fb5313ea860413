package main

import (
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/term"

	"github.com/oasguard/oasguard/pkg/output"
)

// terminalWidth is the width of the terminal w writes to; else $COLUMNS;
// else output.DefaultWidth.
func terminalWidth(w any) int {
	if fh, ok := w.(*os.File); ok && term.IsTerminal(int(fh.Fd())) {
		if cols, _, err := term.GetSize(int(fh.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return output.DefaultWidth
}

// repoRoot is the root of the git repository holding the current
// directory, else the current directory: SARIF paths are relative to it.
func repoRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return wd
		}
		dir = parent
	}
}
