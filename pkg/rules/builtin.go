package rules

import (
	"fmt"
	"io/fs"
	"os"

	builtin "github.com/oasguard/oasguard/rules"
)

// Builtin loads the rules embedded in the binary.
func Builtin() (*Set, error) {
	s, err := Load(builtin.FS, "rules", true)
	if err != nil {
		return nil, fmt.Errorf("built-in rules: %w", err)
	}
	return s, nil
}

// LoadDir loads a user's rule directory.
func LoadDir(dir string) (*Set, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("rules directory %s: %w", dir, err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("rules directory %s: not a directory", dir)
	}
	return Load(os.DirFS(dir).(fs.FS), dir, false)
}
