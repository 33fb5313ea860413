package rules

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// TestResult is the outcome of one Rego test.
type TestResult struct {
	File     string
	Package  string
	Name     string
	Pass     bool
	Error    string
	Duration time.Duration
	// Output is what the test printed with print().
	Output string
}

// RunTests runs the _test.rego files of the set against its modules. helpers
// are extra modules (e.g. the built-in lib) that tests may import. run, when
// not empty, is a regular expression selecting the tests to run by their
// name (package.rule), as opa test --run does. print() output is captured;
// a failing test names the expression that failed and its line.
func (s *Set) RunTests(ctx context.Context, helpers map[string]*ast.Module, run string) ([]TestResult, error) {
	modules := map[string]*ast.Module{}
	maps.Copy(modules, helpers)
	maps.Copy(modules, s.Modules)
	maps.Copy(modules, s.Tests)
	runner := tester.NewRunner().SetTimeout(time.Minute).CapturePrintOutput(true).EnableTracing(true)
	if run != "" {
		if _, err := regexp.Compile(run); err != nil {
			return nil, fmt.Errorf("--run: %w", err)
		}
		runner = runner.Filter(run)
	}
	ch, err := runner.Run(ctx, modules)
	if err != nil {
		return nil, fmt.Errorf("run tests: %w", err)
	}
	var out []TestResult
	for r := range ch {
		tr := TestResult{Package: r.Package, Name: r.Name, Pass: r.Pass(), Duration: r.Duration, Output: string(r.Output)}
		if r.Location != nil {
			tr.File = fmt.Sprintf("%s:%d", r.Location.File, r.Location.Row)
		}
		if r.Error != nil {
			tr.Error = r.Error.Error()
		} else if r.Fail {
			tr.Error = "test failed"
			failed := r.FailedAt
			if failed == nil && r.Location != nil {
				failed = failedExpr(r.Trace, r.Location.File)
			}
			if failed != nil {
				tr.Error = fmt.Sprintf("failed at %s: %s", failedLocation(failed), exprText(failed))
			}
		}
		r.Trace = nil // the trace of a large test is large
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

// failedExpr is the last expression of the test's file that failed, from
// the trace of a failing test.
func failedExpr(trace []*topdown.Event, file string) *ast.Expr {
	var last *ast.Expr
	for _, ev := range trace {
		if ev.Op != topdown.FailOp {
			continue
		}
		if e, ok := ev.Node.(*ast.Expr); ok && e.Location != nil && e.Location.File == file {
			last = e
		}
	}
	return last
}

func failedLocation(e *ast.Expr) string {
	if e.Location == nil {
		return "?"
	}
	return fmt.Sprintf("%s:%d", e.Location.File, e.Location.Row)
}

// exprText is the expression as written in the test, else as compiled.
func exprText(e *ast.Expr) string {
	if e.Location != nil && len(e.Location.Text) > 0 {
		return string(e.Location.Text)
	}
	return e.String()
}
