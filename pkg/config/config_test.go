package config

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

func builtinIDs(t *testing.T) []string {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatalf("load built-in rules: %v", err)
	}
	var ids []string
	for _, r := range set.Rules {
		ids = append(ids, r.ID)
	}
	return ids
}

func readDoc(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../docs/configuration.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), ".oasguard.yaml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestDocExample loads the first yaml block of docs/configuration.md and
// validates it against the built-in rules.
func TestDocExample(t *testing.T) {
	m := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindStringSubmatch(readDoc(t))
	if m == nil {
		t.Fatal("no ```yaml block in docs/configuration.md")
	}
	p := writeConfig(t, m[1])
	c, err := Load(p)
	if err != nil {
		t.Fatalf("doc example does not load: %v", err)
	}
	if err := os.MkdirAll(filepath.Join(filepath.Dir(p), "policies", "oasguard"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(builtinIDs(t)); err != nil {
		t.Fatalf("doc example does not validate: %v", err)
	}
	if c.Profile != "public" || len(c.Ignore) != 2 || len(c.Ignore[1].Files) != 2 || c.Ignore[0].Files[0] != "specs/internal/**" {
		t.Errorf("doc example decoded as %+v", c)
	}
	if c.Ignore[1].Expires != "2026-06-30" || c.Ignore[1].Pointer != "/servers/1" {
		t.Errorf("ignore 1 = %+v", c.Ignore[1])
	}
}

func TestDocProfileTable(t *testing.T) {
	doc := readDoc(t)
	m := regexp.MustCompile("(?s)<!-- profiles:begin -->\n(.*)<!-- profiles:end -->").FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("profile markers missing in docs/configuration.md")
	}
	if m[1] != ProfileTable() {
		t.Errorf("docs/configuration.md profile table is stale; want:\n%s", ProfileTable())
	}
}

func TestProfileRulesExist(t *testing.T) {
	ids := builtinIDs(t)
	for _, p := range Profiles() {
		for _, a := range p.Adjust {
			for _, id := range a.RuleIDs {
				if !slices.Contains(ids, id) {
					t.Errorf("profile %s names rule %q, which is not a built-in rule", p.Name, id)
				}
			}
			for _, c := range a.OWASP {
				if !slices.Contains(report.OWASPCategories(), c) {
					t.Errorf("profile %s names category %q", p.Name, c)
				}
			}
		}
	}
}

func TestUnknownKeys(t *testing.T) {
	p := writeConfig(t, "profile: public\nrule:\n  disable: [x]\nignore:\n  - rule: a\n    reson: typo\n")
	_, err := Load(p)
	if err == nil {
		t.Fatal("no error for unknown keys")
	}
	for _, want := range []string{p + `:2: unknown key "rule"`, p + `:6: unknown key "reson"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
}

func TestSyntaxAndTypeErrors(t *testing.T) {
	for text, want := range map[string]string{
		"rules: [unclosed\n":                        `:1: did not find expected`,
		"rules:\n  enable: 3\n":                     `:2: expected a list, found a number (3)`,
		"severity: [a, b]\n":                        `:1: expected a mapping, found a list`,
		"ignore:\n  - rule: a\n    files: {x: 1}\n": `:3: expected a list, found a mapping`,
	} {
		p := writeConfig(t, text)
		_, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), p+want) {
			t.Errorf("%q: error %v, want %q", text, err, p+want)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("missing file: no error")
	}
}

func TestGlobsForms(t *testing.T) {
	text := "ignore:\n  - {rule: a, reason: r, files: one/*.yaml}\n  - {rule: a, reason: r, files: [x, y]}\n  - {rule: a, reason: r, files: }\n  - {rule: a, reason: r, files: \"\"}\n"
	c, err := Load(writeConfig(t, text))
	if err != nil {
		t.Fatal(err)
	}
	got := [][]string{c.Ignore[0].Files, c.Ignore[1].Files, c.Ignore[2].Files, c.Ignore[3].Files}
	want := [][]string{{"one/*.yaml"}, {"x", "y"}, nil, {""}}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("ignore %d files = %q, want %q", i, got[i], want[i])
		}
	}
	if err := c.Validate(nil); err == nil || !strings.Contains(err.Error(), `:5: ignore for rule a: invalid glob ""`) {
		t.Errorf("empty glob: %v", err)
	}
}

func TestEmptyFile(t *testing.T) {
	c, err := Load(writeConfig(t, "# nothing yet\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate([]string{"a"}); err != nil {
		t.Errorf("empty config does not validate: %v", err)
	}
	if !c.RuleEnabled("a") || c.SeverityFor("a", nil, report.Low) != report.Low {
		t.Error("empty config changes rules")
	}
}

func TestValidateReportsEverything(t *testing.T) {
	text := `rules:
  enable: [known, nope]
severity:
  known: severe
  ghost: high
ignore:
  - rule: known
    files: "["
    pointer: paths
    expires: 2025-13-01
  - rule: "*"
    reason: fine
  - reason: no rule
fail-on: sometimes
min-severity: loud
profile: secret
rules-dirs: [does-not-exist]
`
	p := writeConfig(t, text)
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	err = c.Validate([]string{"known"})
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		p + `:2: unknown rule id "nope"`,
		p + `:4: severity of known: unknown severity "severe"`,
		p + `:5: unknown rule id "ghost"`,
		p + `:7: ignore for rule known: reason is required`,
		p + `:8: ignore for rule known: invalid glob "["`,
		p + `:9: ignore for rule known: pointer "paths" must start with /`,
		p + `:10: ignore for rule known: expires "2025-13-01" is not a date`,
		p + `:13: missing rule id`,
		p + `:14: fail-on: unknown value "sometimes"`,
		p + `:15: min-severity: unknown severity "loud"`,
		p + `:16: unknown profile "secret"`,
		p + `:17: rules-dirs: ` + filepath.Join(filepath.Dir(p), "does-not-exist") + ` is not a directory`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not contain %q:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), `"*"`) {
		t.Errorf("wildcard rule reported: %v", err)
	}
	if c.Validate(nil) == nil {
		t.Error("Validate(nil) skipped non-id problems")
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	if _, ok := Find(dir); ok {
		t.Error("found a config in an empty dir")
	}
	yml := filepath.Join(dir, ".oasguard.yml")
	if err := os.WriteFile(yml, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if p, ok := Find(dir); !ok || p != yml {
		t.Errorf("Find = %q, %v; want %q", p, ok, yml)
	}
	yaml := filepath.Join(dir, ".oasguard.yaml")
	if err := os.Mkdir(yaml, 0o755); err != nil { // a directory is not a config
		t.Fatal(err)
	}
	if p, _ := Find(dir); p != yml {
		t.Errorf("Find = %q, want %q", p, yml)
	}
	if err := os.Remove(yaml); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(yaml, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if p, _ := Find(dir); p != yaml {
		t.Errorf("Find = %q, want %q first", p, yaml)
	}
}

func TestRuleSelection(t *testing.T) {
	c := &Config{Rules: RuleSelection{Disable: []string{"b"}}}
	if !c.RuleEnabled("a") || c.RuleEnabled("b") {
		t.Error("disable only")
	}
	c.Rules.Enable = []string{"a", "b"}
	if !c.RuleEnabled("a") || c.RuleEnabled("b") || c.RuleEnabled("c") {
		t.Error("enable is an allow-list and disable still applies")
	}
	var none *Config
	if !none.RuleEnabled("x") || none.RuleDirs() != nil || none.Ignores() != nil || none.Validate(nil) != nil {
		t.Error("nil config is not neutral")
	}
}

func TestRuleDirs(t *testing.T) {
	abs := filepath.Join(t.TempDir(), "abs")
	c := &Config{Path: filepath.Join("repo", "cfg", ".oasguard.yaml"), RulesDirs: []string{"policies", abs}}
	got := c.RuleDirs()
	if got[0] != filepath.Join("repo", "cfg", "policies") || got[1] != abs {
		t.Errorf("RuleDirs = %q", got)
	}
}

func TestSeverityFor(t *testing.T) {
	api2 := []string{"API2:2023"}
	api9 := []string{"API8:2023", "API9:2023"}
	for _, tc := range []struct {
		profile  string
		override map[string]string
		rule     string
		owasp    []string
		def      report.Severity
		want     report.Severity
	}{
		{"", nil, "operation-without-security", api2, report.High, report.High},
		{"partner", nil, "operation-without-security", api2, report.High, report.High},
		{"public", nil, "operation-without-security", api2, report.High, report.Critical},
		{"public", nil, "operation-without-security", api2, report.Critical, report.Critical},
		{"public", nil, "http-basic-auth", api2, report.Medium, report.Medium},
		{"internal", nil, "api-key-static-secret", api2, report.Low, report.Info},
		{"internal", nil, "api-key-static-secret", api2, report.Info, report.Info},
		{"internal", nil, "some-inventory-rule", api9, report.Medium, report.Low},
		{"internal", nil, "operation-without-security", api2, report.High, report.High},
		{"public", map[string]string{"operation-without-security": "low"}, "operation-without-security", api2, report.High, report.Low},
		{"internal", map[string]string{"some-inventory-rule": "CRITICAL"}, "some-inventory-rule", api9, report.Medium, report.Critical},
	} {
		c := &Config{Profile: tc.profile, Severity: tc.override}
		if got := c.SeverityFor(tc.rule, tc.owasp, tc.def); got != tc.want {
			t.Errorf("%s/%v: SeverityFor(%s, %s) = %s, want %s", tc.profile, tc.override, tc.rule, tc.def, got, tc.want)
		}
	}
	var none *Config
	if got := none.SeverityFor("operation-without-security", api2, report.High); got != report.High {
		t.Errorf("nil config: %s", got)
	}
}

func TestShift(t *testing.T) {
	if Shift(report.Medium, 1) != report.High || Shift(report.Medium, -1) != report.Low ||
		Shift(report.Critical, 2) != report.Critical || Shift(report.Info, -1) != report.Info ||
		Shift("weird", 1) != "weird" {
		t.Error("Shift")
	}
}

// TestIgnoresApply runs configuration ignores through report.ApplyConfig.
func TestIgnoresApply(t *testing.T) {
	text := `ignore:
  - rule: a
    files: specs/*.yaml
    reason: accepted
  - rule: b
    reason: temporary
    expires: 2025-01-31
`
	p := writeConfig(t, text)
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	igs := c.Ignores()
	if len(igs) != 2 || igs[0].Source != p+":2" || igs[0].Files[0] != "specs/*.yaml" ||
		!igs[1].Expires.Equal(time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("Ignores = %+v", igs)
	}
	fs := []report.Finding{
		{RuleID: "a", File: "specs/x.yaml", Pointer: "/p"},
		{RuleID: "b", File: "specs/x.yaml", Pointer: "/p"},
	}
	warnings := report.ApplyConfig(fs, igs, time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC))
	if fs[0].Suppression == nil || fs[0].Suppression.Reason != "accepted" || fs[1].Suppression != nil {
		t.Errorf("suppressions: %+v, %+v", fs[0].Suppression, fs[1].Suppression)
	}
	want := p + ":5: ignore for rule b on all files expired on 2025-01-31 and no longer applies"
	if len(warnings) != 1 || warnings[0] != want {
		t.Errorf("warnings = %q, want %q", warnings, want)
	}
}
