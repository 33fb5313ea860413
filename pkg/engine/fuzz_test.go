package engine

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/loader"
)

// FuzzScan scans one document with the built-in rules. The seed corpus is
// in testdata/fuzz/FuzzScan/.
func FuzzScan(f *testing.F) {
	f.Add([]byte(hostileSpec))
	e := builtinEngine(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "api.yaml")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		opts := ScanOptions{Jobs: 1, Load: loader.Options{RefRoot: dir, Limits: loader.Limits{MaxDepth: 64, MaxNodes: 20_000}}}
		results := e.Scan(context.Background(), []string{p}, opts, false)
		if len(results) != 1 {
			t.Fatalf("%d results for one input", len(results))
		}
		r := results[0]
		msg := strings.Join(r.File.Errors, "; ")
		if strings.Contains(msg, "internal error") {
			t.Fatalf("panic: %s", msg)
		}
		if r.Fatal && len(r.File.Errors) == 0 {
			t.Fatal("fatal result without an error")
		}
		if !r.Fatal && msg != "" {
			t.Fatalf("rule errors: %s", msg)
		}
		for _, fd := range r.Findings {
			if fd.Line < 1 || fd.Column < 1 || fd.File == "" || fd.RuleID == "" {
				t.Fatalf("finding without a location: %+v", fd)
			}
		}
	})
}
