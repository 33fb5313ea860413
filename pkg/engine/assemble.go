package engine

import (
	"time"

	"github.com/oasguard/oasguard/pkg/config"
	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// atFix moves a finding to the node whose change fixes it, when its rule
// result names one (`fix`: {pointer, file, message}; see
// docs/custom-rules.md): the finding's own place becomes an occurrence, and
// Consolidate merges every finding of the rule with the same fix into one.
func atFix(doc *loader.Document, f report.Finding, fix map[string]any) report.Finding {
	ptr, ok := fix["pointer"].(string)
	if !ok {
		return f
	}
	file, _ := fix["file"].(string)
	if file == "" {
		file = doc.Path
	}
	if file == f.File && ptr == f.Pointer {
		return f
	}
	place := report.Location{File: f.File, Pointer: f.Pointer, Line: f.Line, Column: f.Column}
	f.File, f.Pointer = file, ptr
	f.Line, f.Column, _ = doc.File(file).Locate(ptr)
	f.Fingerprint = report.Fingerprint(f.RuleID, file, ptr)
	if msg, ok := fix["message"].(string); ok && msg != "" {
		f.Message = msg
	}
	f.Occurrences = []report.Location{place}
	return f
}

// consolidate groups a document's findings by fix and drops the superseded
// ones (report.Consolidate), from the rules' METADATA custom.supersedes;
// places of a fix that an inline ignore covers are suppressed first
// (report.SuppressPlaces).
func (e *Engine) consolidate(doc *loader.Document, fs []report.Finding) []report.Finding {
	supersedes := map[string][]string{}
	for _, r := range e.rules {
		if len(r.Supersedes) > 0 {
			supersedes[r.ID] = r.Supersedes
		}
	}
	report.SuppressPlaces(fs, doc.Ignores, supersedes)
	return report.Consolidate(fs, supersedes)
}

// Policy is what turns raw findings into a report: severity overrides and
// profiles, suppressions and the baseline. Display filters such as
// --min-severity are not policy: pkg/output applies them.
type Policy struct {
	Config   *config.Config   // nil: no configuration
	Baseline *report.Baseline // nil: no baseline
	Now      time.Time
}

// Assemble turns scan results into a report. It applies the policy in order
// (severity, inline ignores, config ignores, baseline), scores each
// document, and returns the warnings to show the user (expired ignores…).
func Assemble(results []Result, tool report.Tool, p Policy) (*report.Report, []string) {
	r := &report.Report{Tool: tool}
	var warnings []string
	var spans [][2]int
	for _, res := range results {
		start := len(r.Findings)
		for _, f := range res.Findings {
			f.Severity = p.Config.SeverityFor(f.RuleID, f.OWASP, f.Severity)
			r.Findings = append(r.Findings, f)
		}
		warnings = append(warnings, report.ApplyInline(r.Findings[start:], res.Ignores)...)
		spans = append(spans, [2]int{start, len(r.Findings)})
		r.Files = append(r.Files, res.File)
	}
	if p.Config != nil {
		warnings = append(warnings, report.ApplyConfig(r.Findings, p.Config.Ignores(), p.Now)...)
	}
	if p.Baseline != nil {
		r.Summary.BaselineGone = p.Baseline.Apply(r.Findings)
		for _, f := range r.Findings {
			if f.Suppression != nil && f.Suppression.Kind == report.KindBaseline {
				r.Summary.Baselined++
			}
		}
	}
	var scores []*report.Score
	for i, res := range results {
		if res.Fatal {
			continue
		}
		s := report.ComputeScoreFor(r.Findings[spans[i][0]:spans[i][1]], r.Files[i].Operations)
		r.Files[i].Score = &s
		scores = append(scores, &s)
	}
	r.Summary.Score = report.MinScore(scores)
	r.Finalize()
	return r, warnings
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
