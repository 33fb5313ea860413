package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rulesetOf scans the clean example and returns the rulesets of its
// findings, by rule id.
func rulesetOf(t *testing.T, args ...string) map[string]string {
	code, out, errOut := runApp(t, append(append([]string{"scan", "--format", "json", "--fail-on", "none"}, args...), clean)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep struct {
		Findings []struct {
			RuleID  string `json:"rule_id"`
			Ruleset string `json:"ruleset"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range rep.Findings {
		got[f.RuleID] = f.Ruleset
	}
	return got
}

// TestRulesetSelection: the default run evaluates the recommended rules
// only; --ruleset all and `ruleset: all` in the configuration add the others.
func TestRulesetSelection(t *testing.T) {
	if def := rulesetOf(t); def["missing-server-error-response"] != "" {
		t.Errorf("default run reports an `all` rule: %v", def)
	}
	all := rulesetOf(t, "--ruleset", "all")
	if all["missing-server-error-response"] != "all" {
		t.Errorf("--ruleset all: %v", all)
	}
	cfg := filepath.Join(t.TempDir(), "oasguard.yaml")
	if err := os.WriteFile(cfg, []byte("ruleset: all\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := rulesetOf(t, "--config", cfg); got["missing-server-error-response"] != "all" {
		t.Errorf("ruleset: all in the config: %v", got)
	}
	if got := rulesetOf(t, "--config", cfg, "--ruleset", "recommended"); got["missing-server-error-response"] != "" {
		t.Errorf("--ruleset overrides the config: %v", got)
	}
}

// TestRulesetUnknown: an unknown ruleset is a usage error naming the valid
// ones, on the command line and in the configuration.
func TestRulesetUnknown(t *testing.T) {
	code, _, errOut := runApp(t, "scan", "--ruleset", "strict", clean)
	if code != 2 || !strings.Contains(errOut, "recommended, all") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	cfg := filepath.Join(t.TempDir(), "oasguard.yaml")
	if err := os.WriteFile(cfg, []byte("ruleset: strict\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runApp(t, "scan", "--config", cfg, clean)
	if code != 2 || !strings.Contains(errOut, "ruleset") || !strings.Contains(errOut, "recommended, all") {
		t.Errorf("config: exit %d, stderr %q", code, errOut)
	}
}

// TestRulesListShowsRuleset: every format of rules list names the ruleset.
func TestRulesListShowsRuleset(t *testing.T) {
	_, table, _ := runApp(t, "rules", "list")
	if !strings.Contains(table, "RULESET") || !strings.Contains(table, "recommended") {
		t.Errorf("table: %s", table[:min(len(table), 400)])
	}
	_, md, _ := runApp(t, "rules", "list", "--format", "markdown")
	if !strings.Contains(md, "| Ruleset |") || !strings.Contains(md, "ruleset `all`") {
		t.Error("markdown has no ruleset column")
	}
	_, js, _ := runApp(t, "rules", "list", "--format", "json")
	if !strings.Contains(js, `"ruleset": "all"`) {
		t.Error("json has no ruleset")
	}
	_, show, _ := runApp(t, "rules", "show", "object-access-without-security")
	if !strings.Contains(show, "ruleset:     recommended") || !strings.Contains(show, "supersedes:  operation-without-security") {
		t.Errorf("show: %s", show)
	}
}
