package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// End-to-end regression tests for issue 13 (untrusted input); see
// docs/security.md.

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const untrustedSpec = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
`

const conflictRuleFile = `# METADATA
# title: conflicting
# custom:
#   id: acme-conflict
#   severity: low
#   owasp: [API8:2023]
#   remediation: none
package oasguard.rules.acme.conflict

findings contains {"pointer": "", "message": sprintf("%v", [val])} if val

val := 1 if input.oas
val := 2 if input.oas
`

// TestUntrustedCLIEvaluationFailures: a number with a huge exponent is data
// (the other rules run, findings are reported); a rule that fails at run time
// makes the scan exit 2 with the rule named, never 0.
func TestUntrustedCLIEvaluationFailures(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"num.yaml":            strings.Replace(untrustedSpec, "version: '1'", "version: '1', x-n: 1e-99999999", 1),
		"rules/conflict.rego": conflictRuleFile,
	})
	code, out, errOut := runApp(t, "scan", "--fail-on", "none", "--format", "json", filepath.Join(dir, "num.yaml"))
	if code != 0 || !strings.Contains(out, `"rule_id"`) || strings.Contains(out, "invalid number") {
		t.Errorf("huge exponent: exit %d, stderr %s, report %.300s", code, errOut, out)
	}
	code, out, errOut = runApp(t, "scan", "--fail-on", "none", "--format", "json", "--rules", filepath.Join(dir, "rules"), filepath.Join(dir, "num.yaml"))
	if code != 2 || !strings.Contains(out, "acme-conflict") || !strings.Contains(out, "rules did not all run") {
		t.Errorf("rule error: exit %d, want 2 (stderr %s, report %.500s)", code, errOut, out)
	}
}

const markerRuleFile = `# METADATA
# title: marker
# custom:
#   id: acme-marker
#   severity: low
#   owasp: [API8:2023]
#   remediation: none
package oasguard.rules.acme.marker

findings contains {"pointer": "", "message": "custom rules from rules-dirs ran"} if input.oas
`

// TestUntrustedConfigAndInlineIgnores: a configuration found in the scanned
// folder is always named on standard error; --untrusted does not use it (nor
// its rules-dirs) and reports each inline x-oasguard-ignore it overrides.
func TestUntrustedConfigAndInlineIgnores(t *testing.T) {
	spec := strings.Replace(untrustedSpec, "paths:", "x-oasguard-ignore: {'*': 'nothing to see'}\npaths:", 1)
	dir := writeTree(t, map[string]string{
		".oasguard.yaml":    "rules-dirs: [rules]\nignore:\n  - {rule: '*', reason: everything is fine}\n",
		"rules/marker.rego": markerRuleFile,
		"api.yaml":          spec,
	})
	t.Chdir(dir)

	code, out, errOut := runApp(t, "scan", "--format", "json", "api.yaml")
	if code != 0 || !strings.Contains(errOut, "using configuration .oasguard.yaml") || !strings.Contains(out, "acme-marker") {
		t.Errorf("trusted: exit %d, want 0 with the configuration named and used (stderr %q)", code, errOut)
	}
	if !strings.Contains(errOut, `x-oasguard-ignore at / ignores every rule ("*")`) {
		t.Errorf("trusted: the \"*\" inline ignore is not reported: %q", errOut)
	}

	code, out, errOut = runApp(t, "scan", "--untrusted", "--format", "json", "api.yaml")
	if code != 1 {
		t.Errorf("--untrusted: exit %d, want 1: the findings are no longer suppressed (stderr %q)", code, errOut)
	}
	for _, want := range []string{"not using configuration .oasguard.yaml", "rules-dirs (rules) are refused", "api.yaml: x-oasguard-ignore at / not applied"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("--untrusted: stderr %q lacks %q", errOut, want)
		}
	}
	if strings.Contains(out, "acme-marker") || !strings.Contains(out, "not suppressed: x-oasguard-ignore at / is overridden") || strings.Contains(out, `"suppression"`) {
		t.Errorf("--untrusted: report %.600s", out)
	}

	code, _, errOut = runApp(t, "scan", "--no-config", "--no-inline-ignores", "api.yaml")
	if code != 1 || !strings.Contains(errOut, "not using configuration .oasguard.yaml (--no-config)") {
		t.Errorf("--no-config --no-inline-ignores: exit %d, stderr %q", code, errOut)
	}
	if code, _, _ := runApp(t, "scan", "--no-config", "--config", ".oasguard.yaml", "api.yaml"); code != 2 {
		t.Errorf("--no-config with --config: exit %d, want 2", code)
	}
}
