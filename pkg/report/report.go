package report

import (
	"cmp"
	"slices"
)

// Tool names the scanner in a report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// FileResult is one scanned input document.
type FileResult struct {
	Path   string   `json:"path"`
	OAS    string   `json:"oas"`
	Errors []string `json:"errors"`
	// Operations and Unauthenticated give the auth coverage of the document.
	Operations      int `json:"operations"`
	Unauthenticated int `json:"unauthenticated_operations"`
	// Score is the document's security score (see docs/scoring.md).
	Score *Score `json:"score,omitempty"`
}

// Score is a 0-100 security score, overall and per OWASP category.
type Score struct {
	Overall int            `json:"overall"`
	ByOWASP map[string]int `json:"by_owasp"`
}

// Summary counts what a report holds. Suppressed findings are not counted in
// Findings and BySeverity.
type Summary struct {
	Files      int            `json:"files"`
	Findings   int            `json:"findings"`
	BySeverity map[string]int `json:"by_severity"`
	Suppressed int            `json:"suppressed"`
	Errors     int            `json:"errors"`
	// Score is the lowest document score of the report, when scored.
	Score *Score `json:"score,omitempty"`
	// Baselined counts findings matched by the baseline; BaselineGone counts
	// baseline entries no longer found.
	Baselined    int `json:"baselined,omitempty"`
	BaselineGone int `json:"baseline_gone,omitempty"`
}

// Report is the result of a scan: the canonical form every output renders.
type Report struct {
	Tool     Tool         `json:"tool"`
	Summary  Summary      `json:"summary"`
	Files    []FileResult `json:"files"`
	Findings []Finding    `json:"findings"`
}

// Finalize sorts the findings and files and recomputes the summary.
func (r *Report) Finalize() {
	SortFindings(r.Findings)
	slices.SortFunc(r.Files, func(a, b FileResult) int { return cmp.Compare(a.Path, b.Path) })
	s := Summary{Files: len(r.Files), BySeverity: map[string]int{}, Score: r.Summary.Score,
		Baselined: r.Summary.Baselined, BaselineGone: r.Summary.BaselineGone}
	for _, f := range r.Files {
		s.Errors += len(f.Errors)
	}
	for i := range r.Findings {
		if r.Findings[i].Suppressed() {
			s.Suppressed++
			continue
		}
		s.Findings++
		s.BySeverity[string(r.Findings[i].Severity)]++
	}
	if r.Files == nil {
		r.Files = []FileResult{}
	}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	r.Summary = s
}

// SortFindings orders findings by file, line, column and rule id, so that the
// same input always gives the same output.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.Pointer, b.Pointer),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// Failing reports whether any unsuppressed finding is at or above threshold.
func (r *Report) Failing(threshold Severity) bool {
	for i := range r.Findings {
		if !r.Findings[i].Suppressed() && r.Findings[i].Severity.Rank() >= threshold.Rank() {
			return true
		}
	}
	return false
}
