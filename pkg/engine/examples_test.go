package engine

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/loader"
)

// TestExamples scans every specs-examples/<rule-id>/ example with the real
// loader: each bad* example raises its rule, each good* example does not,
// and every rule has at least one of each.
func TestExamples(t *testing.T) {
	eng := builtinEngine(t)
	dir := filepath.Join(repoRoot(t), "specs-examples")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, r := range eng.Rules() {
		known[r.ID] = true
	}
	covered := map[string][2]int{}
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "showcase" || e.Name() == "diff" {
			continue
		}
		id := e.Name()
		if !known[id] {
			t.Errorf("specs-examples/%s: no rule has this id", id)
			continue
		}
		files, _ := filepath.Glob(filepath.Join(dir, id, "*"))
		for _, f := range files {
			base := filepath.Base(f)
			bad, good := strings.HasPrefix(base, "bad"), strings.HasPrefix(base, "good")
			if !bad && !good {
				continue // fragments of multi-file examples
			}
			c := covered[id]
			if bad {
				c[0]++
			} else {
				c[1]++
			}
			covered[id] = c
			t.Run(id+"/"+base, func(t *testing.T) { checkExample(t, eng, f, id, bad) })
		}
	}
	for id := range known {
		if c := covered[id]; c[0] == 0 || c[1] == 0 {
			t.Errorf("rule %s needs bad* and good* examples in specs-examples/%s (has %d bad, %d good)", id, id, c[0], c[1])
		}
	}
}

// structural rules are about broken documents: their examples may be
// invalid. Other rules' good examples must be valid documents.
var structural = map[string]bool{
	"invalid-openapi-structure": true, "document-parse-problem": true, "unresolved-ref": true,
	"ref-outside-root": true, "remote-ref": true, "remote-ref-over-http": true,
}

func checkExample(t *testing.T, eng *Engine, path, id string, bad bool) {
	doc, err := loader.LoadFile(path, loader.Options{RefRoot: filepath.Dir(path), Validator: testValidator(t)})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if !bad && !structural[id] {
		for _, p := range doc.Problems {
			if p.Kind == "schema" || p.Kind == "parse" {
				t.Errorf("example is not a valid document: %s %s: %s", p.File, p.Pointer, p.Message)
			}
		}
	}
	findings, errs := eng.Evaluate(context.Background(), doc)
	for _, err := range errs {
		t.Errorf("rule error: %v", err)
	}
	var hits []string
	for _, f := range findings {
		if f.RuleID == id {
			hits = append(hits, f.Pointer+": "+f.Message)
			if f.Line < 1 || f.Column < 1 {
				t.Errorf("finding without a location: %+v", f)
			}
		}
	}
	switch {
	case bad && len(hits) == 0:
		t.Errorf("%s does not raise %s", filepath.Base(path), id)
	case !bad && len(hits) > 0:
		t.Errorf("%s raises %s:\n%s", filepath.Base(path), id, strings.Join(hits, "\n"))
	}
}
