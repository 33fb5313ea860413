package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const customHead = "# METADATA\n# title: T\n# custom:\n#   id: loud\n#   severity: low\n#   remediation: r\npackage oasguard.rules.t.loud\n\n"

// TestCustomRulesFailLoudly: a custom rule whose result cannot be a finding
// (not an object, no message, a pointer that is not in the document) makes
// the scan fail with exit 2, naming the rule's file; a governance rule needs
// no OWASP category.
func TestCustomRulesFailLoudly(t *testing.T) {
	for name, body := range map[string]string{
		"a string":      `findings contains "no object" if true`,
		"no message":    `findings contains {"pointer": "/info"} if true`,
		"pointer typo":  `findings contains {"pointer": "/inf0", "message": "m"} if true`,
		"unknown file":  `findings contains {"pointer": "/info", "file": "other.yaml", "message": "m"} if true`,
		"unknown key":   "",
		"no findings":   `finding contains {"pointer": "/info", "message": "m"} if true`,
		"other package": "",
	} {
		src := customHead + body + "\n"
		switch name {
		case "unknown key":
			src = strings.Replace(customHead, "#   remediation: r\n", "#   remediation: r\n#   owasp_category: API1\n", 1) + `findings contains {"pointer": "/info", "message": "m"} if true` + "\n"
		case "other package":
			src = "package acme.helpers\n\nx := 1\n"
		}
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "loud.rego"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := runApp(t, "scan", "-f", "json", "--rules", dir, clean)
		if code != 2 || !strings.Contains(errOut, "loud.rego") {
			t.Errorf("%s: exit %d, stderr %q", name, code, errOut)
		}
	}
	code, errOut := scanWithCustomRule(t, "loud.rego", customHead+`findings contains {"pointer": "/info", "message": "m"} if true`+"\n")
	if code != 0 {
		t.Errorf("valid governance rule without OWASP: exit %d, stderr %q", code, errOut)
	}
}

// TestRulesTestShowsPrintAndFailure: rules test shows print() output and
// the failing expression with its line, and --run selects tests.
func TestRulesTestShowsPrintAndFailure(t *testing.T) {
	dir := t.TempDir()
	rule := customHead + `findings contains {"pointer": "/info", "message": "m"} if input.x == 1` + "\n"
	test := "package oasguard.rules.t.loud_test\n\nimport data.oasguard.rules.t.loud\n\n" +
		"test_fails if {\n\tprint(\"debugging\", 42)\n\tcount(loud.findings) == 2 with input as {\"x\": 1}\n}\n\n" +
		"test_passes if {\n\tcount(loud.findings) == 1 with input as {\"x\": 1}\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "loud.rego"), []byte(rule), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "loud_test.rego"), []byte(test), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runApp(t, "rules", "test", dir)
	for _, want := range []string{"FAIL", "debugging 42", "count(loud.findings) == 2", "loud_test.rego:7", "1 passed, 1 failed"} {
		if !strings.Contains(out, want) {
			t.Errorf("rules test output lacks %q (exit %d):\n%s%s", want, code, out, errOut)
		}
	}
	code, out, _ = runApp(t, "rules", "test", dir, "--run", "passes$")
	if code != 0 || strings.Contains(out, "test_fails") || !strings.Contains(out, "1 passed, 0 failed") {
		t.Errorf("--run: exit %d:\n%s", code, out)
	}
}
