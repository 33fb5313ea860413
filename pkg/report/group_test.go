package report

import (
	"slices"
	"testing"
)

func loc(ptr string, line int) Location {
	return Location{File: "api.yaml", Pointer: ptr, Line: line, Column: 3}
}

// TestConsolidateGroupsByFix: findings of one rule at one fix node become one
// finding listing every place, with a stable fingerprint and message.
func TestConsolidateGroupsByFix(t *testing.T) {
	at := func(msg string, place Location) Finding {
		return Finding{RuleID: "r", File: "api.yaml", Pointer: "/components/securitySchemes/k", Message: msg,
			Fingerprint: Fingerprint("r", "api.yaml", "/components/securitySchemes/k"), Occurrences: []Location{place}}
	}
	fs := []Finding{
		at("scheme k takes no scopes", loc("/paths/~1b/get/security/0/k", 20)),
		at("scheme k takes no scopes", loc("/paths/~1a/get/security/0/k", 10)),
		at("scheme k takes no scopes", loc("/paths/~1a/get/security/0/k", 10)), // the same place twice
		{RuleID: "other", File: "api.yaml", Pointer: "/paths/~1a/get", Message: "m"},
	}
	out := Consolidate(fs, nil)
	if len(out) != 2 {
		t.Fatalf("%d findings, want 2: %+v", len(out), out)
	}
	var g Finding
	for _, f := range out {
		if f.RuleID == "r" {
			g = f
		}
	}
	want := []Location{loc("/paths/~1a/get/security/0/k", 10), loc("/paths/~1b/get/security/0/k", 20)}
	if !slices.Equal(g.Occurrences, want) {
		t.Errorf("occurrences %+v, want %+v", g.Occurrences, want)
	}
	if g.Fingerprint != Fingerprint("r", "api.yaml", "/components/securitySchemes/k") {
		t.Errorf("fingerprint %s is not rule + file + fix pointer", g.Fingerprint)
	}
	// Order of the raw findings does not change the result.
	rev := []Finding{fs[3], fs[2], fs[1], fs[0]}
	for i := range rev {
		rev[i].Occurrences = slices.Clone(rev[i].Occurrences)
	}
	again := Consolidate(rev, nil)
	SortFindings(out)
	SortFindings(again)
	if !slices.EqualFunc(out, again, func(a, b Finding) bool {
		return a.RuleID == b.RuleID && a.Message == b.Message && slices.Equal(a.Occurrences, b.Occurrences)
	}) {
		t.Errorf("consolidation depends on input order:\n%+v\n%+v", out, again)
	}
}

// TestConsolidateSupersedes: on the same node, the more specific rule's
// finding is kept; elsewhere both stay.
func TestConsolidateSupersedes(t *testing.T) {
	f := func(rule, ptr string, occ ...Location) Finding {
		return Finding{RuleID: rule, File: "api.yaml", Pointer: ptr, Occurrences: occ}
	}
	fs := []Finding{
		f("generic", "/paths/~1a/get"),
		f("specific", "/paths/~1a/get"),
		f("generic", "/paths/~1b/get"),
		f("root-generic", "", loc("/paths/~1c/get", 30)),
		f("root-specific", ""),
	}
	out := Consolidate(fs, map[string][]string{"specific": {"generic"}, "root-specific": {"root-generic"}})
	got := map[string]Finding{}
	for _, x := range out {
		got[x.RuleID+" "+x.Pointer] = x
	}
	if _, ok := got["generic /paths/~1a/get"]; ok {
		t.Error("generic finding kept beside the specific one on the same node")
	}
	for _, k := range []string{"specific /paths/~1a/get", "generic /paths/~1b/get", "root-specific "} {
		if _, ok := got[k]; !ok {
			t.Errorf("%q missing from %+v", k, out)
		}
	}
	if _, ok := got["root-generic "]; ok || len(got["root-specific "].Occurrences) != 1 {
		t.Errorf("superseded occurrences must join the kept finding: %+v", got["root-specific "])
	}
}

// TestSuppressPlaces: an inline ignore on one place removes it from the
// finding grouped at the fix node; the ignored places form a suppressed
// finding of their own, for the rule or a rule it supersedes.
func TestSuppressPlaces(t *testing.T) {
	raw := func(rule, place string) Finding {
		return Finding{RuleID: rule, File: "api.yaml", Pointer: "", Message: "m", Occurrences: []Location{loc(place, 1)}}
	}
	fs := []Finding{raw("r", "/paths/~1health/get"), raw("r", "/paths/~1pets/get"), raw("s", "/paths/~1metrics/get")}
	ignores := []Ignore{
		{File: "api.yaml", Pointer: "/paths/~1health/get", Rules: map[string]string{"r": "load balancer check"}},
		{File: "api.yaml", Pointer: "/paths/~1metrics", Rules: map[string]string{"generic": "scraped by the sidecar"}},
	}
	SuppressPlaces(fs, ignores, map[string][]string{"s": {"generic"}})
	out := Consolidate(fs, nil)
	var open, closed int
	for _, f := range out {
		switch {
		case f.Suppressed() && (f.Suppression.Reason == "load balancer check" || f.Suppression.Reason == "scraped by the sidecar"):
			closed++
		case !f.Suppressed() && f.RuleID == "r" && len(f.Occurrences) == 1 && f.Occurrences[0].Pointer == "/paths/~1pets/get":
			open++
		default:
			t.Errorf("unexpected %+v", f)
		}
	}
	if open != 1 || closed != 2 {
		t.Errorf("%d open, %d suppressed: %+v", open, closed, out)
	}
}
