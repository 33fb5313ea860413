package report

import (
	"strings"
	"testing"
	"time"
)

func at(rule, file, pointer string) Finding {
	return Finding{RuleID: rule, Severity: High, File: file, Pointer: pointer}
}

func TestPointerCovers(t *testing.T) {
	for _, tc := range []struct {
		prefix, pointer string
		want            bool
	}{
		{"/paths/~1a", "/paths/~1a", true},
		{"/paths/~1a", "/paths/~1a/get", true},
		{"/paths/~1a", "/paths/~1ab", false},
		{"/paths/~1a", "/paths/~1ab/get", false},
		{"/paths/~1a/get", "/paths/~1a", false},
		{"", "/anything/at/all", true},
		{"", "", true},
		{"/paths", "", false},
	} {
		if got := PointerCovers(tc.prefix, tc.pointer); got != tc.want {
			t.Errorf("PointerCovers(%q, %q) = %v, want %v", tc.prefix, tc.pointer, got, tc.want)
		}
	}
}

func TestApplyInline(t *testing.T) {
	fs := []Finding{
		at("operation-without-security", "api.yaml", "/paths/~1health/get"),     // 0: covered by rule entry
		at("operation-without-security", "api.yaml", "/paths/~1healthz/get"),    // 1: sibling path, not covered
		at("operation-without-security", "other.yaml", "/paths/~1health/get"),   // 2: other file
		at("string-without-max-length", "api.yaml", "/paths/~1health/get/x"),    // 3: rule not listed
		at("string-without-max-length", "./legacy.yaml", "/components/schemas"), // 4: "*" with reason
		at("basic-auth", "api.yaml", "/components/securitySchemes/basic"),       // 5: empty reason
		at("operation-without-security", "api.yaml", "/paths/~1health/get"),     // 6: already suppressed
	}
	fs[6].Suppression = &Suppression{Kind: KindBaseline, Reason: "in baseline b.json"}
	ApplyInline(fs, []Ignore{
		{File: "api.yaml", Pointer: "/paths/~1health", Rules: map[string]string{"operation-without-security": "public health check"}},
		{File: "legacy.yaml", Pointer: "", Rules: map[string]string{"*": "frozen legacy API"}},
		{File: "api.yaml", Pointer: "/components/securitySchemes/basic", Rules: map[string]string{"basic-auth": "  "}},
	})
	want := []string{"inline:public health check", "", "", "", "inline:frozen legacy API", "", "baseline:in baseline b.json"}
	for i, w := range want {
		if got := supText(fs[i]); got != w {
			t.Errorf("finding %d (%s %s %s): suppression %q, want %q", i, fs[i].RuleID, fs[i].File, fs[i].Pointer, got, w)
		}
	}
}

func supText(f Finding) string {
	if f.Suppression == nil {
		return ""
	}
	return f.Suppression.Kind + ":" + f.Suppression.Reason
}

func TestApplyInlineSpecificBeforeWildcard(t *testing.T) {
	fs := []Finding{at("a", "x.yaml", "/p")}
	ApplyInline(fs, []Ignore{{File: "x.yaml", Pointer: "/p", Rules: map[string]string{"*": "general", "a": "specific"}}})
	if got := supText(fs[0]); got != "inline:specific" {
		t.Errorf("got %q, want the rule's own reason", got)
	}
}

func TestMatchFile(t *testing.T) {
	for _, tc := range []struct {
		glob, file string
		want       bool
	}{
		{"api.yaml", "api.yaml", true},
		{"api.yaml", "./api.yaml", true},
		{"specs/*.yaml", "specs/a.yaml", true},
		{"specs/*.yaml", "specs/v1/a.yaml", false},
		{"specs/**/*.yaml", "specs/v1/a.yaml", true},
		{"specs/**/*.yaml", "specs/a.yaml", true},
		{"**/*.json", "a.json", true},
		{"legacy-*.yaml", "specs/legacy-v1.yaml", true},
		{"legacy-*.yaml", "specs/modern.yaml", false},
		{"specs/legacy-*.yaml", "other/legacy-v1.yaml", false},
		{"*.{yaml,yml}", "x.yml", true},
	} {
		if got := MatchFile(tc.glob, tc.file); got != tc.want {
			t.Errorf("MatchFile(%q, %q) = %v, want %v", tc.glob, tc.file, got, tc.want)
		}
	}
}

func TestApplyConfig(t *testing.T) {
	now := time.Date(2025, 6, 15, 10, 0, 0, 0, time.UTC)
	fs := []Finding{
		at("server-uses-http", "specs/internal/a.yaml", "/servers/0"),                // 0: glob + rule
		at("server-uses-http", "specs/public/a.yaml", "/servers/0"),                  // 1: glob does not match
		at("string-without-max-length", "specs/public/a.yaml", "/components/x/y"),    // 2: "*" under pointer
		at("string-without-max-length", "specs/public/a.yaml", "/components/xy"),     // 3: pointer on whole segments
		at("basic-auth", "specs/public/a.yaml", "/components/securitySchemes/basic"), // 4: expired
		at("basic-auth", "specs/public/b.yaml", "/components/securitySchemes/basic"), // 5: expires today
		at("api-key-in-query", "x.yaml", "/p"),                                       // 6: future expiry, no reason
	}
	warnings := ApplyConfig(fs, []ConfigIgnore{
		{Rule: "server-uses-http", Files: []string{"specs/internal/**"}, Reason: "internal network only", Source: ".oasguard.yaml:3"},
		{Rule: "*", Files: []string{"specs/public/*.yaml"}, Pointer: "/components/x", Reason: "generated schema"},
		{Rule: "basic-auth", Files: []string{"specs/public/a.yaml"}, Reason: "migration", Expires: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), Source: ".oasguard.yaml:9"},
		{Rule: "basic-auth", Files: []string{"specs/public/b.yaml"}, Reason: "migration", Expires: time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)},
		{Rule: "api-key-in-query", Reason: "", Expires: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
	}, now)
	want := []string{"config:internal network only", "", "config:generated schema", "", "", "", ""}
	for i, w := range want {
		if got := supText(fs[i]); got != w {
			t.Errorf("finding %d (%s %s %s): suppression %q, want %q", i, fs[i].RuleID, fs[i].File, fs[i].Pointer, got, w)
		}
	}
	if len(warnings) != 3 {
		t.Fatalf("warnings = %q, want 3", warnings)
	}
	if w := warnings[0]; w != ".oasguard.yaml:9: ignore for rule basic-auth on specs/public/a.yaml expired on 2025-06-01 and no longer applies" {
		t.Errorf("warning 0 = %q", w)
	}
	if !strings.Contains(warnings[1], "expired on 2025-06-15") {
		t.Errorf("warning 1 = %q", warnings[1])
	}
	if !strings.Contains(warnings[2], "no reason") {
		t.Errorf("warning 2 = %q", warnings[2])
	}
}

func TestApplyConfigEveryFileAndOrder(t *testing.T) {
	fs := []Finding{at("a", "deep/dir/x.yaml", "/p"), at("b", "x.yaml", "/p")}
	fs[1].Suppression = &Suppression{Kind: KindInline, Reason: "inline wins"}
	w := ApplyConfig(fs, []ConfigIgnore{
		{Rule: "a", Reason: "first"},
		{Rule: "*", Reason: "second"},
		{Rule: "b", Files: []string{"[bad"}, Reason: "bad glob"},
	}, time.Now())
	if supText(fs[0]) != "config:first" || supText(fs[1]) != "inline:inline wins" {
		t.Errorf("suppressions: %q, %q", supText(fs[0]), supText(fs[1]))
	}
	if len(w) != 1 || !strings.Contains(w[0], "invalid glob") {
		t.Errorf("warnings = %q", w)
	}
}
