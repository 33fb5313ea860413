package report

import (
	"strings"
	"testing"
)

// TestApplyInlineOverridden: with inline ignores off, the findings an ignore
// covers stay reported, marked, and a warning names the ignore; a "*" entry
// is always reported, applied or not.
func TestApplyInlineOverridden(t *testing.T) {
	ignores := func(overridden bool) []Ignore {
		return []Ignore{
			{File: "api.yaml", Pointer: "", Rules: map[string]string{AnyRule: "pwned"}, Overridden: overridden},
			{File: "api.yaml", Pointer: "/paths/~1a", Rules: map[string]string{"r1": "reason"}, Overridden: overridden},
		}
	}
	fs := []Finding{at("r1", "api.yaml", "/paths/~1a/get"), at("r2", "api.yaml", "/info"), at("r3", "other.yaml", "/info")}
	warnings := ApplyInline(fs, ignores(true))
	for i, f := range fs[:2] {
		if f.Suppressed() || !strings.Contains(f.Message, "not suppressed: x-oasguard-ignore at") {
			t.Errorf("finding %d: suppressed %v, message %q: want reported and marked", i, f.Suppressed(), f.Message)
		}
	}
	if fs[2].Message != "" || fs[2].Suppressed() {
		t.Errorf("finding in another file touched: %+v", fs[2])
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "api.yaml: x-oasguard-ignore at / not applied") {
		t.Errorf("warnings %q, want one for the root ignore (which covers both findings first)", warnings)
	}

	fs = []Finding{at("r1", "api.yaml", "/paths/~1a/get"), at("r2", "api.yaml", "/info")}
	warnings = ApplyInline(fs, ignores(false))
	if !fs[0].Suppressed() || !fs[1].Suppressed() {
		t.Errorf("trusted ignores not applied: %+v", fs)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], `ignores every rule ("*"): 2 finding(s) suppressed`) {
		t.Errorf("warnings %q, want the \"*\" entry reported", warnings)
	}
}
