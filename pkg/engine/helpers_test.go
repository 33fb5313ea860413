package engine

import (
	"context"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/oasguard/oasguard/pkg/rules"
)

// repoRoot is the repository's top directory.
func repoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

var (
	builtinOnce sync.Once
	builtinEng  *Engine
	builtinErr  error
)

// builtinEngine compiles the built-in rules once per test binary.
func builtinEngine(t testing.TB) *Engine {
	builtinOnce.Do(func() {
		set, err := rules.Builtin()
		if err != nil {
			builtinErr = err
			return
		}
		builtinEng, builtinErr = New(context.Background(), set, 0)
	})
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	return builtinEng
}
