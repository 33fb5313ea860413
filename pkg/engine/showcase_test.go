package engine

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/oasguard/oasguard/pkg/loader"
)

// TestShowcase: the insecure showcase API raises findings across the OWASP
// categories; its fixed twin raises none (a false-positive guard for every
// rule).
func TestShowcase(t *testing.T) {
	eng := builtinEngine(t)
	dir := filepath.Join(repoRoot(t), "specs-examples", "showcase")
	load := func(name string) *loader.Document {
		doc, err := loader.LoadFile(filepath.Join(dir, name), loader.Options{RefRoot: dir, Validator: testValidator(t)})
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	bad, errs := eng.Evaluate(context.Background(), load("insecure-api.yaml"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	categories := map[string]bool{}
	for _, f := range bad {
		for _, o := range f.OWASP {
			categories[o] = true
		}
	}
	if len(categories) < 10 {
		t.Errorf("insecure showcase covers only %d OWASP categories: %v", len(categories), categories)
	}
	good, errs := eng.Evaluate(context.Background(), load("secure-api.yaml"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, f := range good {
		t.Errorf("secure showcase raises %s at %s:%d: %s", f.RuleID, f.Pointer, f.Line, f.Message)
	}
}
