package engine

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
	"github.com/oasguard/oasguard/pkg/validate"
)

// corpusDir is ../shared/corpus beside the repository, or "" when absent.
func corpusDir(t testing.TB) string {
	dir := filepath.Join(repoRoot(t), "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(dir, "INDEX.tsv")); err != nil {
		return ""
	}
	abs, _ := filepath.Abs(dir)
	return abs
}

// corpusRoots lists the root specs of INDEX.tsv with their version column.
func corpusRoots(t testing.TB, dir string) map[string]string {
	fh, err := os.Open(filepath.Join(dir, "INDEX.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	roots := map[string]string{}
	sc := bufio.NewScanner(fh)
	sc.Scan() // header
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) > 4 {
			roots[filepath.Join(dir, cols[0])] = cols[4]
		}
	}
	return roots
}

// TestCorpus scans every root spec of the corpus in one run: no input may
// fail, the JSON report must keep its contract, every finding's pointer must
// resolve in the file it names, and every 3.1 document gets findings.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus tests run without -short (make test runs them after the race pass)")
	}
	dir := corpusDir(t)
	if dir == "" {
		t.Skip("../shared/corpus is absent")
	}
	roots := corpusRoots(t, dir)
	var paths []string
	for p := range roots {
		paths = append(paths, p)
	}
	// The test keeps every document in memory (keep=true) to check its
	// locations, so the process heap grows with the corpus: the per-document
	// rule memory watchdog, which reads the process heap, gets room for that.
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := New(context.Background(), set, 0, WithMemoryLimit(16<<30))
	if err != nil {
		t.Fatal(err)
	}
	v, err := validate.New()
	if err != nil {
		t.Fatal(err)
	}
	results := eng.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: dir, Validator: v}}, true)
	if len(results) != len(roots) {
		t.Fatalf("%d results for %d roots", len(results), len(roots))
	}
	perFile := map[string]int{}
	for _, res := range results {
		if res.Fatal {
			t.Errorf("%s: %v", res.File.Path, res.File.Errors)
			continue
		}
		for _, e := range res.File.Errors {
			t.Errorf("%s: %s", res.File.Path, e)
		}
		checkLocations(t, res)
		perFile[res.File.Path] = len(res.Findings)
		if strings.Contains(res.File.Path, "digitalocean-openapi") {
			checkFragments(t, res)
		}
	}
	for p, v := range roots {
		if strings.Contains(v, "3.1") && perFile[filepath.ToSlash(p)] == 0 {
			t.Errorf("%s (%s) has no findings", p, v)
		}
	}
	rep, _ := Assemble(results, report.Tool{Name: "oasguard", Version: "test"}, Policy{})
	checkContract(t, rep)
}

func checkLocations(t *testing.T, res Result) {
	for _, f := range res.Findings {
		file := res.Doc.File(f.File)
		if file == nil {
			t.Errorf("%s: finding %s names file %s that was not loaded", res.File.Path, f.RuleID, f.File)
			continue
		}
		if _, _, exact := file.Locate(f.Pointer); !exact {
			t.Errorf("%s: finding %s pointer %q does not resolve in %s", res.File.Path, f.RuleID, f.Pointer, f.File)
		}
	}
}

// checkFragments: a multi-file spec's findings land in the fragment files
// where the elements are written, not all on the root document.
func checkFragments(t *testing.T, res Result) {
	inFragments := 0
	for _, f := range res.Findings {
		if f.File != res.File.Path {
			inFragments++
		}
	}
	if inFragments == 0 || inFragments == len(res.Findings) {
		t.Errorf("%s: %d of %d findings in fragment files, want most but not all", res.File.Path, inFragments, len(res.Findings))
	}
}

// checkContract decodes the JSON report generically and checks the field
// names that DESIGN.md fixes.
func checkContract(t *testing.T, r *report.Report) {
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Tool     map[string]any   `json:"tool"`
		Summary  map[string]any   `json:"summary"`
		Files    []map[string]any `json:"files"`
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"name", "version"} {
		if _, ok := v.Tool[k]; !ok {
			t.Errorf("tool.%s missing", k)
		}
	}
	for _, k := range []string{"files", "findings", "by_severity"} {
		if _, ok := v.Summary[k]; !ok {
			t.Errorf("summary.%s missing", k)
		}
	}
	for _, f := range v.Files {
		for _, k := range []string{"path", "oas", "errors"} {
			if _, ok := f[k]; !ok {
				t.Errorf("files[].%s missing", k)
			}
		}
	}
	keys := []string{"rule_id", "severity", "title", "message", "file", "pointer", "line", "column", "owasp", "cwe", "remediation", "fingerprint"}
	for _, f := range v.Findings {
		for _, k := range keys {
			if _, ok := f[k]; !ok {
				t.Fatalf("finding without %s: %v", k, f)
			}
		}
		if f["line"].(float64) < 1 || f["column"].(float64) < 1 {
			t.Fatalf("finding without a location: %v", f)
		}
	}
}
