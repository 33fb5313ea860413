package report

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

func finding(rule string, sev Severity, owasp ...string) Finding {
	return Finding{RuleID: rule, Severity: sev, OWASP: owasp, File: "api.yaml", Pointer: "/x"}
}

func repeat(n int, f Finding) []Finding {
	out := make([]Finding, n)
	for i := range out {
		out[i] = f
		out[i].Pointer = fmt.Sprintf("/paths/p%d", i)
	}
	return out
}

func TestScoreEmpty(t *testing.T) {
	s := ComputeScore(nil)
	if s.Overall != 100 {
		t.Errorf("overall = %d, want 100", s.Overall)
	}
	if len(s.ByOWASP) != 10 {
		t.Errorf("by_owasp has %d categories, want 10: %v", len(s.ByOWASP), s.ByOWASP)
	}
	for _, c := range OWASPCategories() {
		if v, ok := s.ByOWASP[c]; !ok || v != 100 {
			t.Errorf("%s = %d (present %v), want 100", c, v, ok)
		}
	}
}

// TestScoreWorkedExample reproduces the example of docs/scoring.md.
func TestScoreWorkedExample(t *testing.T) {
	var fs []Finding
	fs = append(fs, repeat(3, finding("operation-without-security", High, "API2:2023"))...)
	fs = append(fs, repeat(7, finding("string-without-max-length", Low, "API4:2023"))...)
	fs = append(fs, finding("oauth2-scope-undeclared", Medium, "API2:2023", "API5:2023"))
	fs = append(fs, finding("bearer-format-missing", Info, "API2:2023"))
	sup := finding("credentials-over-cleartext", High, "API8:2023", "API2:2023")
	sup.Suppression = &Suppression{Kind: "inline", Reason: "legacy partner"}
	fs = append(fs, sup)

	s := ComputeScore(fs)
	want := map[string]int{"API2:2023": 67, "API4:2023": 89, "API5:2023": 92}
	if s.Overall != 62 {
		t.Errorf("overall = %d, want 62", s.Overall)
	}
	for _, c := range OWASPCategories() {
		w, ok := want[c]
		if !ok {
			w = 100
		}
		if s.ByOWASP[c] != w {
			t.Errorf("%s = %d, want %d", c, s.ByOWASP[c], w)
		}
	}
}

func TestScoreSuppressedIgnored(t *testing.T) {
	f := finding("basic-auth", Critical, "API2:2023")
	f.Suppression = &Suppression{Kind: "baseline", Reason: "in baseline b.json"}
	if s := ComputeScore([]Finding{f}); s.Overall != 100 || s.ByOWASP["API2:2023"] != 100 {
		t.Errorf("suppressed finding counted: %+v", s)
	}
	f.Suppression = nil
	if s := ComputeScore([]Finding{f}); s.Overall >= 100 || s.ByOWASP["API2:2023"] >= 100 {
		t.Errorf("unsuppressed critical finding did not lower the score: %+v", s)
	}
}

func TestScorePerCategoryIndependent(t *testing.T) {
	base := repeat(3, finding("a", High, "API4:2023"))
	before := ComputeScore(base)
	more := append(append([]Finding{}, base...), repeat(5, finding("b", Critical, "API2:2023"))...)
	after := ComputeScore(more)
	if after.ByOWASP["API4:2023"] != before.ByOWASP["API4:2023"] {
		t.Errorf("API4 changed from %d to %d by API2 findings", before.ByOWASP["API4:2023"], after.ByOWASP["API4:2023"])
	}
	if after.ByOWASP["API2:2023"] >= before.ByOWASP["API2:2023"] {
		t.Errorf("API2 did not drop: %d -> %d", before.ByOWASP["API2:2023"], after.ByOWASP["API2:2023"])
	}
	if after.Overall >= before.Overall {
		t.Errorf("overall did not drop: %d -> %d", before.Overall, after.Overall)
	}
}

func TestScoreDiminishingReturns(t *testing.T) {
	one := ComputeScore(repeat(1, finding("a", High))).Overall
	two := ComputeScore(repeat(2, finding("a", High))).Overall
	fifty := ComputeScore(repeat(50, finding("a", High))).Overall
	fiftyOne := ComputeScore(repeat(51, finding("a", High))).Overall
	if drop1, drop50 := 100-one, fifty-fiftyOne; drop50 >= drop1 {
		t.Errorf("51st finding costs %d points, first costs %d", drop50, drop1)
	}
	if two >= one {
		t.Errorf("second finding did not lower the score: %d -> %d", one, two)
	}
	// Two distinct rules weigh more than one rule firing twice.
	distinct := ComputeScore([]Finding{finding("a", High), finding("b", High)}).Overall
	if distinct >= two {
		t.Errorf("two rules scored %d, one rule twice %d", distinct, two)
	}
}

// TestScoreMonotone adds random findings or makes one worse, and checks that
// no score ever rises.
func TestScoreMonotone(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	rulesList := []string{"a", "b", "c", "d"}
	cats := OWASPCategories()
	sevs := []Severity{Info, Low, Medium, High, Critical}
	var fs []Finding
	prev := ComputeScore(fs)
	for step := range 400 {
		if len(fs) > 0 && rng.IntN(3) == 0 {
			i := rng.IntN(len(fs))
			if r := fs[i].Severity.Rank(); r < Critical.Rank() {
				fs[i].Severity = sevs[r] // one level worse
			}
		} else {
			f := finding(rulesList[rng.IntN(len(rulesList))], sevs[rng.IntN(len(sevs))], cats[rng.IntN(len(cats))])
			f.Pointer = fmt.Sprintf("/p%d", step)
			fs = append(fs, f)
		}
		cur := ComputeScore(fs)
		if cur.Overall > prev.Overall {
			t.Fatalf("step %d: overall rose %d -> %d", step, prev.Overall, cur.Overall)
		}
		for _, c := range cats {
			if cur.ByOWASP[c] > prev.ByOWASP[c] {
				t.Fatalf("step %d: %s rose %d -> %d", step, c, prev.ByOWASP[c], cur.ByOWASP[c])
			}
		}
		prev = cur
	}
	if prev.Overall >= 100 {
		t.Errorf("400 findings left the score at %d", prev.Overall)
	}
}

func TestScoreFromPenalty(t *testing.T) {
	for _, tc := range []struct {
		p    float64
		want int
	}{{0, 100}, {1, 96}, {ScoreHalf, 50}, {75, 25}, {1e9, 0}} {
		if got := ScoreFromPenalty(tc.p); got != tc.want {
			t.Errorf("ScoreFromPenalty(%v) = %d, want %d", tc.p, got, tc.want)
		}
	}
}

func TestMinScore(t *testing.T) {
	a := &Score{Overall: 80, ByOWASP: map[string]int{"API1:2023": 100, "API2:2023": 40}}
	b := &Score{Overall: 60, ByOWASP: map[string]int{"API1:2023": 70, "API2:2023": 90}}
	m := MinScore([]*Score{a, nil, b})
	if m.Overall != 60 || m.ByOWASP["API1:2023"] != 70 || m.ByOWASP["API2:2023"] != 40 {
		t.Errorf("MinScore = %+v", m)
	}
	if a.ByOWASP["API2:2023"] != 40 || a.Overall != 80 {
		t.Errorf("MinScore modified its input: %+v", a)
	}
	if MinScore(nil) != nil {
		t.Error("MinScore(nil) != nil")
	}
}

// TestScoreSize: medium and low penalties shrink with the document's size,
// critical and high ones never do.
func TestScoreSize(t *testing.T) {
	if HardeningScale(0) != 1 || HardeningScale(8) != 1 || HardeningScale(56) != 3 {
		t.Errorf("scale 0:%v 8:%v 56:%v, want 1, 1, 3", HardeningScale(0), HardeningScale(8), HardeningScale(56))
	}
	low := []Finding{finding("a", Low), finding("b", Medium)}
	if small, large := ComputeScoreFor(low, 8).Overall, ComputeScoreFor(low, 56).Overall; large <= small {
		t.Errorf("low and medium findings: %d on 8 operations, %d on 56; want the larger API to score higher", small, large)
	}
	high := []Finding{finding("a", High)}
	if small, large := ComputeScoreFor(high, 8).Overall, ComputeScoreFor(high, 5000).Overall; small != large || small != ComputeScore(high).Overall {
		t.Errorf("a high finding scores %d on 8 operations, %d on 5000: want the same", small, large)
	}
}
