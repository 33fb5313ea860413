package engine

import (
	"context"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/oasguard/oasguard/pkg/rules"
	"github.com/oasguard/oasguard/pkg/validate"
)

// repoRoot is the repository's top directory.
func repoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

var (
	validatorOnce sync.Once
	validator     *validate.Validator
)

// testValidator is the JSON Schema validator, built once per test binary.
func testValidator(t testing.TB) *validate.Validator {
	validatorOnce.Do(func() {
		v, err := validate.New()
		if err != nil {
			t.Fatal(err)
		}
		validator = v
	})
	return validator
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
		if builtinEng, builtinErr = New(context.Background(), set, 0); builtinErr == nil {
			builtinErr = builtinEng.Wait() // benchmarks time scans, not the compilation
		}
	})
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	return builtinEng
}
