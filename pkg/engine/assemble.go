package engine

import "github.com/oasguard/oasguard/pkg/report"

// Assemble turns scan results into a report: files, findings and summary.
// Suppressions, baselines and scores are applied by the caller before
// Finalize.
func Assemble(results []Result, tool report.Tool) *report.Report {
	r := &report.Report{Tool: tool}
	for _, res := range results {
		r.Files = append(r.Files, res.File)
		r.Findings = append(r.Findings, res.Findings...)
	}
	r.Finalize()
	return r
}

// AnyFatal reports whether some input could not be read or parsed at all.
func AnyFatal(results []Result) bool {
	for _, r := range results {
		if r.Fatal {
			return true
		}
	}
	return false
}
