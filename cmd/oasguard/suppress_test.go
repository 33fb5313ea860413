package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const suppressedSpec = `openapi: 3.0.3
info: {title: Health, version: 1.0.0}
servers: [{url: "http://api.example.com"}]
paths:
  /health:
    get:
      operationId: health
      x-oasguard-ignore:
        operation-without-security: load balancer health check, returns no data
      responses:
        "200": {description: ok}
`

const suppressConfig = `fail-on: high
ignore:
  - rule: cleartext-server
    files: "*.yaml"
    reason: plain HTTP behind the TLS-terminating gateway
  - rule: "*"
    files: "*.yaml"
    pointer: /info
    reason: expired acceptance
    expires: 2020-01-01
`

// TestSuppressionsEndToEnd: inline and config suppressions keep findings in
// JSON with their reason, do not count for the exit code, and an expired
// ignore warns instead of applying.
func TestSuppressionsEndToEnd(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "api.yaml")
	cfg := filepath.Join(dir, "oasguard.yaml")
	for p, s := range map[string]string{spec: suppressedSpec, cfg: suppressConfig} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runApp(t, "scan", "--config", cfg, "--format", "json", spec)
	if code != 0 {
		t.Fatalf("exit %d (stderr %s): the high findings are suppressed", code, errOut)
	}
	if !strings.Contains(errOut, "expired") {
		t.Errorf("no warning for the expired ignore: %q", errOut)
	}
	var rep struct {
		Summary struct {
			Suppressed int `json:"suppressed"`
		} `json:"summary"`
		Findings []struct {
			RuleID      string `json:"rule_id"`
			Pointer     string `json:"pointer"`
			Suppression *struct {
				Kind, Reason string
			} `json:"suppression"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, f := range rep.Findings {
		if f.Suppression != nil {
			kinds[f.RuleID] = f.Suppression.Kind + ": " + f.Suppression.Reason
		}
		if f.Pointer == "/info" && f.Suppression != nil {
			t.Errorf("expired ignore applied to %s", f.RuleID)
		}
	}
	if !strings.HasPrefix(kinds["operation-without-security"], "inline: load balancer") {
		t.Errorf("operation-without-security: %q", kinds["operation-without-security"])
	}
	if !strings.HasPrefix(kinds["cleartext-server"], "config: plain HTTP") {
		t.Errorf("cleartext-server: %q", kinds["cleartext-server"])
	}
	if rep.Summary.Suppressed < 2 {
		t.Errorf("summary.suppressed = %d", rep.Summary.Suppressed)
	}
	// The table hides suppressed findings unless asked.
	_, table, _ := runApp(t, "scan", "--config", cfg, "--no-color", spec)
	if strings.Contains(table, "suppressed inline") {
		t.Errorf("table shows a suppressed finding:\n%s", table)
	}
	_, table, _ = runApp(t, "scan", "--config", cfg, "--no-color", "--show-suppressed", spec)
	if !strings.Contains(table, "suppressed inline") {
		t.Errorf("--show-suppressed hides it:\n%s", table)
	}
}

func TestConfigUnknownKeyIsAnError(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(cfg, []byte("fail_on: high\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runApp(t, "scan", "--config", cfg, clean)
	if code != 2 || !strings.Contains(errOut, "fail_on") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}
