package rules

import (
	"context"
	"fmt"
	"maps"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestResult is the outcome of one Rego test.
type TestResult struct {
	File     string
	Package  string
	Name     string
	Pass     bool
	Error    string
	Duration time.Duration
}

// RunTests runs the _test.rego files of the set against its modules. helpers
// are extra modules (e.g. the built-in lib) that tests may import.
func (s *Set) RunTests(ctx context.Context, helpers map[string]*ast.Module) ([]TestResult, error) {
	modules := map[string]*ast.Module{}
	maps.Copy(modules, helpers)
	maps.Copy(modules, s.Modules)
	maps.Copy(modules, s.Tests)
	ch, err := tester.NewRunner().SetTimeout(time.Minute).Run(ctx, modules)
	if err != nil {
		return nil, fmt.Errorf("run tests: %w", err)
	}
	var out []TestResult
	for r := range ch {
		tr := TestResult{Package: r.Package, Name: r.Name, Pass: r.Pass(), Duration: r.Duration}
		if r.Location != nil {
			tr.File = fmt.Sprintf("%s:%d", r.Location.File, r.Location.Row)
		}
		if r.Error != nil {
			tr.Error = r.Error.Error()
		} else if r.Fail {
			tr.Error = "test failed"
			if r.FailedAt != nil {
				tr.Error = fmt.Sprintf("failed at %s", r.FailedAt.String())
			}
		}
		out = append(out, tr)
	}
	return out, nil
}

// Helpers returns the modules of the set that are not rules (lib/).
func (s *Set) Helpers() map[string]*ast.Module {
	out := map[string]*ast.Module{}
	ruleFiles := map[string]bool{}
	for _, r := range s.Rules {
		ruleFiles[r.File] = true
	}
	for f, m := range s.Modules {
		if !ruleFiles[f] {
			out[f] = m
		}
	}
	return out
}
