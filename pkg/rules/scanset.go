package rules

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	builtin "github.com/oasguard/oasguard/rules"
)

// ScanSet loads the rules a scan runs: the built-in rules without their
// _test.rego files (a scan never runs them, and they are half of the
// start-up parsing), merged with the custom rules of each directory.
func ScanSet(dirs []string) (*Set, error) {
	set, err := Load(withoutTests{builtin.FS}, "rules", true)
	if err != nil {
		return nil, fmt.Errorf("built-in rules: %w", err)
	}
	for _, d := range dirs {
		custom, err := LoadDir(d)
		if err != nil {
			return nil, err
		}
		if err := set.Merge(custom); err != nil {
			return nil, err
		}
	}
	return set, nil
}

// withoutTests hides the _test.rego files of a rule tree.
type withoutTests struct{ fs.ReadDirFS }

// ReadDir lists a directory without its test files.
func (w withoutTests) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := w.ReadDirFS.ReadDir(name)
	return slices.DeleteFunc(entries, func(e fs.DirEntry) bool {
		return strings.HasSuffix(e.Name(), "_test.rego")
	}), err
}
