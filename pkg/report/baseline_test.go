package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func withFP(f Finding) Finding {
	f.Fingerprint = Fingerprint(f.RuleID, f.File, f.Pointer)
	return f
}

func TestBaselineRoundTrip(t *testing.T) {
	created := time.Date(2025, 3, 4, 5, 6, 7, 0, time.FixedZone("CET", 3600))
	old := []Finding{
		withFP(at("b-rule", "api.yaml", "/paths/~1b/get")),
		withFP(at("a-rule", "api.yaml", "/paths/~1a/get")),
		withFP(at("a-rule", "api.yaml", "/paths/~1a/get")), // same fingerprint, other message
		withFP(at("fixed-rule", "api.yaml", "/info")),
		withFP(at("ignored-rule", "api.yaml", "/x")),
	}
	old[1].Message = "first & <escaped?>"
	old[2].Message = "second"
	old[4].Suppression = &Suppression{Kind: KindConfig, Reason: "r"}

	var buf bytes.Buffer
	if err := WriteBaseline(&buf, old, created); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"created": "2025-03-04T04:06:07Z"`) || !strings.Contains(buf.String(), "first & <escaped?>") {
		t.Errorf("baseline text:\n%s", buf.String())
	}
	b, err := ReadBaseline(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range b.Entries {
		ids = append(ids, e.RuleID)
	}
	if got := strings.Join(ids, ","); got != "fixed-rule,a-rule,b-rule" {
		t.Errorf("entries %s, want suppressed left out, duplicates merged, sorted by pointer", got)
	}

	// The element moved (other line) but kept its pointer; a new finding appeared.
	cur := []Finding{
		withFP(at("a-rule", "api.yaml", "/paths/~1a/get")),
		withFP(at("b-rule", "api.yaml", "/paths/~1b/get")),
		withFP(at("new-rule", "api.yaml", "/paths/~1b/get")),
		at("a-rule", "api.yaml", "/paths/~1a/get"), // no fingerprint set: computed
	}
	cur[0].Line, cur[1].Line = 99, 120
	cur[1].Suppression = &Suppression{Kind: KindInline, Reason: "keep"}
	b.Source = "oasguard-baseline.json"
	if gone := b.Apply(cur); gone != 1 {
		t.Errorf("gone = %d, want 1 (fixed-rule)", gone)
	}
	want := []string{"baseline:in baseline oasguard-baseline.json", "inline:keep", "", "baseline:in baseline oasguard-baseline.json"}
	for i, w := range want {
		if got := supText(cur[i]); got != w {
			t.Errorf("finding %d (%s): %q, want %q", i, cur[i].RuleID, got, w)
		}
	}
}

func TestBaselineDeterministic(t *testing.T) {
	fs := []Finding{withFP(at("a", "x.yaml", "/1")), withFP(at("b", "x.yaml", "/0")), withFP(at("c", "a.yaml", "/2"))}
	now := time.Unix(0, 0)
	var one, two bytes.Buffer
	if err := WriteBaseline(&one, fs, now); err != nil {
		t.Fatal(err)
	}
	fs[0], fs[2] = fs[2], fs[0]
	if err := WriteBaseline(&two, fs, now); err != nil {
		t.Fatal(err)
	}
	if one.String() != two.String() {
		t.Errorf("baseline depends on finding order:\n%s\n%s", one.String(), two.String())
	}
}

func TestBaselineEmptyHasEntries(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, nil, time.Unix(0, 0)); err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	if string(raw["entries"]) != "[]" || string(raw["version"]) != "1" {
		t.Errorf("empty baseline: %s", buf.String())
	}
}

func TestReadBaselineErrors(t *testing.T) {
	for name, text := range map[string]string{
		"not json":       `{`,
		"version":        `{"version": 2, "entries": []}`,
		"no version":     `{"entries": []}`,
		"no fingerprint": `{"version": 1, "entries": [{"rule_id": "a"}]}`,
	} {
		if _, err := ReadBaseline(strings.NewReader(text)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestReadBaselineFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "base.json")
	if err := os.WriteFile(p, []byte(`{"version":1,"entries":[{"fingerprint":"abc"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBaselineFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if b.Source != p || len(b.Entries) != 1 {
		t.Errorf("baseline = %+v", b)
	}
	if _, err := ReadBaselineFile(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("missing file: no error")
	}
}
