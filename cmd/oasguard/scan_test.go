package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	showcase = "../../specs-examples/showcase/insecure-api.yaml"
	clean    = "../../specs-examples/operation-without-security/good.yaml"
	acme     = "../../docs/custom-rules/acme"
)

func TestScanExitCodes(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"findings at fail-on", []string{"scan", showcase}, 1},
		{"fail-on none", []string{"scan", "--fail-on", "none", showcase}, 0},
		{"below fail-on", []string{"scan", "--fail-on", "critical", clean}, 0},
		{"no path", []string{"scan"}, 2},
		{"unknown format", []string{"scan", "--format", "yaml", clean}, 2},
		{"bad severity", []string{"scan", "--fail-on", "urgent", clean}, 2},
		{"missing file, other still scanned", []string{"scan", "--format", "json", "nope.yaml", clean}, 2},
		{"min-score", []string{"scan", "--fail-on", "none", "--min-score", "99", showcase}, 1},
		{"bad rules dir", []string{"scan", "--rules", "does-not-exist", clean}, 2},
		{"unknown profile", []string{"scan", "--profile", "secret", clean}, 2},
		{"flag after the paths", []string{"scan", clean, "--format", "json"}, 0},
		{"unknown command", []string{"bogus"}, 2},
		{"no document in a directory", []string{"scan", "../../docs"}, 2},
		{"mistyped path only", []string{"scan", "nope.yaml"}, 2},
		{"unknown rule", []string{"scan", "--rule", "no-such-rule", clean}, 2},
		{"unknown category", []string{"scan", "--category", "API11", clean}, 2},
		{"min-severity is display only", []string{"scan", "--min-severity", "critical", showcase}, 1},
		{"skip the failing rules", []string{"scan", "--category", "API4", showcase}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := runApp(t, c.args...)
			if code != c.want {
				t.Fatalf("exit %d, want %d (stderr: %s)", code, c.want, errOut)
			}
		})
	}
}

func TestScanJSONKeepsGoingAfterBadInput(t *testing.T) {
	code, out, _ := runApp(t, "scan", "--format", "json", "nope.yaml", clean)
	if code != 2 {
		t.Fatalf("exit %d", code)
	}
	var rep struct {
		Files []struct {
			Path   string   `json:"path"`
			Errors []string `json:"errors"`
		} `json:"files"`
		Findings []struct {
			File string `json:"file"`
			Line int    `json:"line"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Files) != 2 || len(rep.Files[0].Errors)+len(rep.Files[1].Errors) == 0 {
		t.Fatalf("files: %+v", rep.Files)
	}
	if len(rep.Findings) == 0 || rep.Findings[0].Line < 1 {
		t.Fatalf("the readable file was not scanned: %+v", rep.Findings)
	}
}

func TestScanStdin(t *testing.T) {
	fh, err := os.Open(clean)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	old := os.Stdin
	os.Stdin = fh
	defer func() { os.Stdin = old }()
	code, out, errOut := runApp(t, "scan", "--format", "json", "-")
	if code != 0 || !strings.Contains(out, `"<stdin>"`) {
		t.Fatalf("exit %d, stderr %s, out %s", code, errOut, out)
	}
}

func TestScanCustomRules(t *testing.T) {
	code, out, errOut := runApp(t, "scan", "--rules", acme, "--format", "json", "--fail-on", "none", clean)
	if code != 0 || !strings.Contains(out, `"acme-operation-needs-owner"`) {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
}

func TestScanBadCustomRuleNamesFileAndLine(t *testing.T) {
	src := "# METADATA\n# title: T\n# custom:\n#   id: x\n#   severity: urgent\n#   owasp: [API1:2023]\n#   remediation: r\npackage oasguard.rules.t.x\n\nfindings contains 1 if false\n"
	code, errOut := scanWithCustomRule(t, "x.rego", src)
	if code != 2 || !strings.Contains(errOut, "x.rego:1") || !strings.Contains(errOut, "unknown severity") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}

// scanWithCustomRule scans the clean example with a rules directory holding
// one file; it returns the exit code and standard error.
func scanWithCustomRule(t *testing.T, name, src string) (int, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runApp(t, "scan", "--rules", dir, clean)
	return code, errOut
}

func TestScanWritesOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r.sarif")
	code, stdout, _ := runApp(t, "scan", "--format", "sarif", "--output", out, showcase)
	if code != 1 || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(data), `"version": "2.1.0"`) {
		t.Fatalf("sarif file: %v %.200s", err, data)
	}
}

func TestRulesListJSON(t *testing.T) {
	code, out, _ := runApp(t, "rules", "list", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var rs []map[string]any
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatal(err)
	}
	categories := map[string]bool{}
	for _, r := range rs {
		for _, k := range []string{"id", "title", "severity", "owasp", "cwe", "remediation"} {
			if _, ok := r[k]; !ok {
				t.Fatalf("rule without %s: %v", k, r)
			}
		}
		for _, o := range r["owasp"].([]any) {
			categories[o.(string)] = true
		}
	}
	for i := 1; i <= 10; i++ {
		if c := fmt.Sprintf("API%d:2023", i); !categories[c] {
			t.Errorf("no rule in %s", c)
		}
	}
}

func TestRulesShowAndTest(t *testing.T) {
	if code, out, _ := runApp(t, "rules", "show", "operation-without-security"); code != 0 || !strings.Contains(out, "API2:2023") {
		t.Fatalf("show: exit %d %s", code, out)
	}
	if code, _, _ := runApp(t, "rules", "show", "no-such-rule"); code != 2 {
		t.Fatalf("show unknown: exit %d", code)
	}
	if code, out, _ := runApp(t, "rules", "test", acme); code != 0 || !strings.Contains(out, "2 passed, 0 failed") {
		t.Fatalf("test: exit %d %s", code, out)
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	base := filepath.Join(t.TempDir(), "baseline.json")
	if code, _, errOut := runApp(t, "baseline", "create", "--output", base, showcase); code != 0 {
		t.Fatalf("create: exit %d %s", code, errOut)
	}
	code, out, _ := runApp(t, "scan", "--baseline", base, "--format", "json", showcase)
	if code != 0 {
		t.Fatalf("scan with baseline: exit %d", code)
	}
	var rep struct {
		Summary struct {
			Findings  int `json:"findings"`
			Baselined int `json:"baselined"`
		} `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Summary.Findings != 0 || rep.Summary.Baselined == 0 {
		t.Fatalf("summary %+v", rep.Summary)
	}
}

// TestFingerprintsSurviveMovedLines: edits that only move elements (here a
// comment block and a new path above them) keep the fingerprints of the
// existing findings, while their lines change.
func TestFingerprintsSurviveMovedLines(t *testing.T) {
	src, err := os.ReadFile(showcase)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	before, after := filepath.Join(dir, "a", "api.yaml"), filepath.Join(dir, "b", "api.yaml")
	moved := strings.Replace(string(src), "paths:\n", "paths:\n  # a new comment\n  # moves every operation\n", 1)
	for p, s := range map[string]string{before: string(src), after: moved} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	prints := func(dir string) map[string]int {
		t.Helper()
		t.Chdir(dir)
		_, out, _ := runApp(t, "scan", "--format", "json", "api.yaml")
		var rep struct {
			Findings []struct {
				Fingerprint string `json:"fingerprint"`
				Line        int    `json:"line"`
			} `json:"findings"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		m := map[string]int{}
		for _, f := range rep.Findings {
			m[f.Fingerprint] = f.Line
		}
		return m
	}
	a, b := prints(filepath.Dir(before)), prints(filepath.Dir(after))
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d fingerprints before, %d after", len(a), len(b))
	}
	movedLines := 0
	for fp, line := range a {
		l2, ok := b[fp]
		if !ok {
			t.Errorf("fingerprint %s lost", fp)
		}
		if l2 != line {
			movedLines++
		}
	}
	if movedLines == 0 {
		t.Error("no finding moved: the edit did not test anything")
	}
}

// TestScanCustomRuleTypeError: built-in rules skip OPA's type checking (their
// tests run it), custom rules do not: a type error fails before scanning.
func TestScanCustomRuleTypeError(t *testing.T) {
	src := "# METADATA\n# title: T\n# description: d\n# custom:\n#   id: typed\n#   severity: low\n#   owasp: [API1:2023]\n#   remediation: r\n" +
		"package oasguard.rules.t.typed\n\nfindings contains {\"pointer\": \"\", \"message\": m} if {\n\tm := count(1)\n}\n"
	code, errOut := scanWithCustomRule(t, "typed.rego", src)
	if code != 2 || !strings.Contains(errOut, "typed.rego:") || !strings.Contains(errOut, "count") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}

// TestCPUProfileFlag: --cpu-profile writes a pprof profile (gzip data) of
// the run, the input of `make pgo`.
func TestCPUProfileFlag(t *testing.T) {
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	if code, _, errOut := runApp(t, "--cpu-profile", prof, "scan", "--fail-on", "none", clean); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	data, err := os.ReadFile(prof)
	if err != nil || len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		t.Fatalf("profile: %v, %d bytes", err, len(data))
	}
	if code, _, errOut := runApp(t, "--cpu-profile", filepath.Join(t.TempDir(), "no", "such", "dir"), "scan", clean); code != 2 || !strings.Contains(errOut, "--cpu-profile") {
		t.Fatalf("unwritable profile: exit %d, stderr %q", code, errOut)
	}
}
