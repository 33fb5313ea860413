package engine

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// Regression tests for issue 13 (untrusted input), listed in docs/security.md.

// writeSpecs writes name → content in a new directory and returns the paths.
func writeSpecs(t *testing.T, specs map[string]string) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, name := range sortedNames(specs) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(specs[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return dir, paths
}

func sortedNames(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestUntrustedHugeNumbers: numbers of any magnitude are data. One number
// with a huge exponent used to fail the conversion of the whole input, and
// the document passed as clean with 0 findings.
func TestUntrustedHugeNumbers(t *testing.T) {
	e := hostileEngine(t, 0, map[string]string{"good": goodRule, "numbers": `findings contains {"pointer": "/info", "message": sprintf("%v", [v])} if {
	some k, v in input.document.info
	startswith(k, "x-")
}`})
	for _, num := range []string{"1e-99999999", "1e99999999", "123456789012345678901234567890", "-1E+400000", "0.000000000000000000000000000000000000001e-999999"} {
		t.Run(num, func(t *testing.T) {
			for _, ext := range []string{"yaml", "json"} {
				spec := "openapi: 3.0.3\ninfo: {title: t, version: '1', x-n: " + num + "}\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n"
				if ext == "json" {
					spec = `{"openapi": "3.0.3", "info": {"title": "t", "version": "1", "x-n": ` + num + `}, "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}}`
				}
				_, paths := writeSpecs(t, map[string]string{"api." + ext: spec})
				results := e.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: filepath.Dir(paths[0]), SkipValidation: true}}, false)
				r := results[0]
				if r.Fatal || len(r.File.Errors) > 0 {
					t.Fatalf("%s: %s is not accepted as data: %v", ext, num, r.File.Errors)
				}
				var got []string
				for _, f := range r.Findings {
					if f.RuleID == "numbers" {
						got = append(got, f.Message)
					}
				}
				if len(got) != 1 || !strings.Contains(strings.ToLower(got[0]), strings.ToLower(strings.TrimLeft(num, "-0.")[:1])) {
					t.Errorf("%s: the rule saw %v for %s", ext, got, num)
				}
				if len(r.Findings) != 2 {
					t.Errorf("%s: %d findings, want the good rule's one and the number", ext, len(r.Findings))
				}
			}
		})
	}
}

// TestUntrustedEvaluationFailureIsFatal: a document whose rules did not all
// run (a rule error) is an error for that document: fatal (exit 2), with a
// message naming the rule, and the other documents are still reported.
func TestUntrustedEvaluationFailureIsFatal(t *testing.T) {
	e := hostileEngine(t, 0, map[string]string{"good": goodRule, "conflict": conflictRule})
	_, paths := writeSpecs(t, map[string]string{"a.yaml": hostileSpec, "b.yaml": hostileSpec})
	results := e.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: filepath.Dir(paths[0]), SkipValidation: true}}, false)
	if len(results) != 2 {
		t.Fatalf("%d results", len(results))
	}
	for _, r := range results {
		if !r.Fatal {
			t.Errorf("%s: a rule error left the document non-fatal: %v", r.File.Path, r.File.Errors)
		}
		msg := strings.Join(r.File.Errors, "; ")
		if !strings.Contains(msg, "conflict") || !strings.Contains(msg, "rules did not all run") {
			t.Errorf("%s: errors %q do not say which rule failed", r.File.Path, msg)
		}
		if len(r.Findings) != 2 {
			t.Errorf("%s: %d findings, want the good rule's 2 still reported", r.File.Path, len(r.Findings))
		}
	}
	if !AnyFatal(results) {
		t.Error("AnyFatal is false: the scan would exit 0")
	}
	rep, _ := Assemble(results, report.Tool{}, Policy{})
	if rep.Summary.Errors != 2 {
		t.Errorf("summary errors %d, want 2", rep.Summary.Errors)
	}
}

// TestUntrustedTimeoutIsFatal: the time-out stays fatal when the rules are
// stopped.
func TestUntrustedTimeoutIsFatal(t *testing.T) {
	e := hostileEngine(t, 200*time.Millisecond, map[string]string{"runaway": runawayRule})
	_, paths := writeSpecs(t, map[string]string{"a.yaml": hostileSpec})
	results := e.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: filepath.Dir(paths[0]), SkipValidation: true}}, false)
	if !results[0].Fatal {
		t.Fatalf("not fatal: %v", results[0].File.Errors)
	}
}
