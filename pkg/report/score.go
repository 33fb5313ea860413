package report

import "math"

// OWASPCategories returns the OWASP API Security Top 10 (2023) categories, in
// order. Every score has an entry for each of them.
func OWASPCategories() []string {
	return []string{
		"API1:2023", "API2:2023", "API3:2023", "API4:2023", "API5:2023",
		"API6:2023", "API7:2023", "API8:2023", "API9:2023", "API10:2023",
	}
}

// ScoreHalf is the penalty at which a score reaches 50 (see docs/scoring.md).
const ScoreHalf = 25.0

// SeverityWeight is the penalty of one finding of a rule at severity s.
// Info findings are advisory and weigh nothing.
func SeverityWeight(s Severity) float64 {
	switch s {
	case Critical:
		return 10
	case High:
		return 5
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}

// ruleTally is what one rule contributes to a score.
type ruleTally struct {
	count  int
	weight float64 // the largest severity weight among its findings
	owasp  map[string]bool
}

// penalty is weight × log2(count + 1): one finding weighs its weight, three
// weigh twice as much, seven three times, so the 50th finding of a rule
// weighs far less than the first.
func (t ruleTally) penalty() float64 {
	if t.count == 0 {
		return 0
	}
	return t.weight * math.Log2(float64(t.count+1))
}

// ScoreSizeUnit is the number of operations up to which a document counts as
// small: beyond it, the penalty of medium and low findings is divided by
// log2(1 + operations / ScoreSizeUnit) (see docs/scoring.md).
const ScoreSizeUnit = 8.0

// HardeningScale is the divisor of the penalty of medium and low findings in
// a document of n operations: 1 up to ScoreSizeUnit operations (or when n is
// unknown, 0), then log2(1 + n / ScoreSizeUnit). Critical and high findings
// are never scaled: one exploitable weakness weighs the same in any API.
func HardeningScale(operations int) float64 {
	return max(1, math.Log2(1+float64(operations)/ScoreSizeUnit))
}

// ComputeScore scores findings from 0 to 100, overall and per OWASP category;
// 100 means no finding that weighs. Suppressed findings are ignored. The
// document's size is unknown: see ComputeScoreFor.
func ComputeScore(findings []Finding) Score { return ComputeScoreFor(findings, 0) }

// ComputeScoreFor scores the findings of a document of the given number of
// operations. The formula is documented in docs/scoring.md.
func ComputeScoreFor(findings []Finding, operations int) Score {
	scale := HardeningScale(operations)
	tallies := map[string]*ruleTally{}
	for i := range findings {
		f := &findings[i]
		if f.Suppressed() {
			continue
		}
		t := tallies[f.RuleID]
		if t == nil {
			t = &ruleTally{owasp: map[string]bool{}}
			tallies[f.RuleID] = t
		}
		t.count++
		t.weight = max(t.weight, SeverityWeight(f.Severity))
		for _, c := range f.OWASP {
			t.owasp[c] = true
		}
	}
	var overall float64
	byCat := map[string]float64{}
	for _, t := range tallies {
		p := t.penalty()
		if t.weight < SeverityWeight(High) {
			p /= scale
		}
		overall += p
		for c := range t.owasp {
			byCat[c] += p
		}
	}
	s := Score{Overall: ScoreFromPenalty(overall), ByOWASP: map[string]int{}}
	for _, c := range OWASPCategories() {
		s.ByOWASP[c] = ScoreFromPenalty(byCat[c])
	}
	return s
}

// ScoreFromPenalty maps a penalty P ≥ 0 to floor(100 × H / (H + P)) with
// H = ScoreHalf: 0 gives 100, H gives 50, and the score only tends to 0.
func ScoreFromPenalty(p float64) int {
	if p <= 0 {
		return 100
	}
	// The epsilon keeps exact results such as 50.0 from flooring to 49.
	return int(math.Floor(100*ScoreHalf/(ScoreHalf+p) + 1e-9))
}

// MinScore returns the worst of scores, overall and per category, or nil when
// there is none. The summary of a multi-file report uses it.
func MinScore(scores []*Score) *Score {
	var out *Score
	for _, s := range scores {
		if s == nil {
			continue
		}
		if out == nil {
			out = &Score{Overall: s.Overall, ByOWASP: map[string]int{}}
			for k, v := range s.ByOWASP {
				out.ByOWASP[k] = v
			}
			continue
		}
		out.Overall = min(out.Overall, s.Overall)
		for k, v := range s.ByOWASP {
			if old, ok := out.ByOWASP[k]; !ok || v < old {
				out.ByOWASP[k] = v
			}
		}
	}
	return out
}
