package rules

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
)

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// TestBuiltinMetadata checks every built-in rule's metadata mechanically.
func TestBuiltinMetadata(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Rules) < 20 {
		t.Errorf("only %d built-in rules", len(set.Rules))
	}
	for _, r := range set.Rules {
		if r.Description == "" {
			t.Errorf("%s: no description", r.ID)
		}
		if len(r.References) == 0 {
			t.Errorf("%s: no related_resources", r.ID)
		}
		if len(r.CWE) == 0 {
			t.Errorf("%s: no cwe", r.ID)
		}
		test := strings.TrimSuffix(r.File, ".rego") + "_test.rego"
		if _, ok := set.Tests[test]; !ok {
			t.Errorf("%s: no unit test %s", r.ID, test)
		}
		if want := "rules/" + filepath.Base(filepath.Dir(r.File)) + "/"; !strings.HasPrefix(r.File, want) {
			t.Errorf("%s: %s is not in an area folder", r.ID, r.File)
		}
	}
}

// TestBuiltinRegoTests runs every built-in _test.rego.
func TestBuiltinRegoTests(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	results, err := set.RunTests(context.Background(), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(results) < len(set.Rules)*2 {
		t.Errorf("%d Rego tests for %d rules: want at least two per rule", len(results), len(set.Rules))
	}
	for _, r := range results {
		if !r.Pass {
			t.Errorf("%s.%s (%s): %s", r.Package, r.Name, r.File, r.Error)
		}
	}
}

// TestDocsUpToDate fails when docs/rules.md is stale.
func TestDocsUpToDate(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(repoRoot(), "docs", "rules.md")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != Markdown(set.Rules) {
		t.Errorf("docs/rules.md is stale: run `make docs`")
	}
}

const goodRule = `# METADATA
# title: T
# description: D
# custom:
#   id: %s
#   severity: %s
#   owasp: [API2:2023]
#   cwe: [1]
#   remediation: R
package oasguard.rules.x.%s

findings contains {"pointer": "", "message": "m"} if false
`

func module(id, sev, pkg string) string {
	s := goodRule
	for _, v := range []string{id, sev, pkg} {
		s = strings.Replace(s, "%s", v, 1)
	}
	return s
}

// TestBuiltinRulesNeedOWASP: the OWASP category is optional for custom rules
// only.
func TestBuiltinRulesNeedOWASP(t *testing.T) {
	fsys := fstest.MapFS{"a.rego": &fstest.MapFile{Data: []byte(strings.Replace(module("rule-a", "high", "a"), "#   owasp: [API2:2023]\n", "", 1))}}
	if _, err := Load(fsys, "dir", true); err == nil || !strings.Contains(err.Error(), "custom.owasp") {
		t.Fatalf("error %v, want missing custom.owasp", err)
	}
}

func TestMetadataValidation(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"ok", map[string]string{"a.rego": module("rule-a", "high", "a")}, ""},
		{"unknown severity", map[string]string{"a.rego": module("rule-a", "urgent", "a")}, "unknown severity"},
		{"bad id", map[string]string{"a.rego": module("Rule_A", "high", "a")}, "kebab-case"},
		{"duplicate id", map[string]string{"a.rego": module("rule-a", "high", "a"), "b.rego": module("rule-a", "low", "b")}, "duplicate rule id"},
		{"missing metadata", map[string]string{"a.rego": "package oasguard.rules.x.a\n\nfindings contains 1 if false\n"}, "no METADATA"},
		{"custom rule without owasp or cwe", map[string]string{"a.rego": strings.Replace(strings.Replace(module("rule-a", "high", "a"), "#   owasp: [API2:2023]\n", "", 1), "#   cwe: [1]\n", "", 1)}, ""},
		{"unknown custom key", map[string]string{"a.rego": strings.Replace(module("rule-a", "high", "a"), "#   cwe: [1]\n", "#   cwe: [1]\n#   serverity: low\n", 1)}, "dir/a.rego:1: rule oasguard.rules.x.a: unknown METADATA key custom.serverity"},
		{"package outside oasguard.rules", map[string]string{"a.rego": module("rule-a", "high", "a"), "helper.rego": "package acme.helpers\n\nx := 1\n"}, "dir/helper.rego: package acme.helpers is not under oasguard.rules"},
		{"no findings rule", map[string]string{"a.rego": strings.Replace(module("rule-a", "high", "a"), "findings contains", "finding contains", 1)}, "dir/a.rego: package oasguard.rules.x.a defines no findings rule"},
		{"bad owasp", map[string]string{"a.rego": strings.Replace(module("rule-a", "high", "a"), "API2:2023", "A2", 1)}, "OWASP"},
		{"syntax error", map[string]string{"a.rego": "package oasguard.rules.x.a\n\nfindings contains if {\n"}, "a.rego:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range c.files {
				fsys[k] = &fstest.MapFile{Data: []byte(v)}
			}
			_, err := Load(fsys, "dir", false)
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}
