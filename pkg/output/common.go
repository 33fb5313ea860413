package output

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

// owaspTop10 lists the OWASP API Security Top 10 2023 categories in order,
// each with its name.
func owaspTop10() [][2]string {
	return [][2]string{
		{"API1:2023", "Broken Object Level Authorization"},
		{"API2:2023", "Broken Authentication"},
		{"API3:2023", "Broken Object Property Level Authorization"},
		{"API4:2023", "Unrestricted Resource Consumption"},
		{"API5:2023", "Broken Function Level Authorization"},
		{"API6:2023", "Unrestricted Access to Sensitive Business Flows"},
		{"API7:2023", "Server Side Request Forgery"},
		{"API8:2023", "Security Misconfiguration"},
		{"API9:2023", "Improper Inventory Management"},
		{"API10:2023", "Unsafe Consumption of APIs"},
	}
}

// owaspName returns the name of an OWASP category, or "" when unknown.
func owaspName(category string) string {
	for _, c := range owaspTop10() {
		if c[0] == category {
			return c[1]
		}
	}
	return ""
}

// location renders file:line:col, leaving out the parts that are unknown.
func location(f *report.Finding) string {
	switch {
	case f.Line <= 0:
		return f.File
	case f.Column <= 0:
		return fmt.Sprintf("%s:%d", f.File, f.Line)
	default:
		return fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column)
	}
}

// worstFirst returns a copy of the findings sorted by severity (worst
// first), then file, line, column and rule id.
func worstFirst(fs []report.Finding) []report.Finding {
	out := slices.Clone(fs)
	slices.SortStableFunc(out, func(a, b report.Finding) int {
		return cmp.Or(
			cmp.Compare(b.Severity.Rank(), a.Severity.Rank()),
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.Pointer, b.Pointer),
		)
	})
	return out
}

// split separates unsuppressed from suppressed findings, keeping order.
func split(fs []report.Finding) (active, suppressed []report.Finding) {
	for _, f := range fs {
		if f.Suppressed() {
			suppressed = append(suppressed, f)
		} else {
			active = append(active, f)
		}
	}
	return active, suppressed
}

// ruleIndex maps rule ids to their metadata.
func ruleIndex(rs []rules.Rule) map[string]rules.Rule {
	m := make(map[string]rules.Rule, len(rs))
	for _, r := range rs {
		m[r.ID] = r
	}
	return m
}

// title returns the finding's title, falling back to the rule's and the id.
func title(f *report.Finding, idx map[string]rules.Rule) string {
	if f.Title != "" {
		return f.Title
	}
	if r, ok := idx[f.RuleID]; ok && r.Title != "" {
		return r.Title
	}
	return f.RuleID
}

// remediation returns the finding's remediation, falling back to the rule's.
func remediation(f *report.Finding, idx map[string]rules.Rule) string {
	if f.Remediation != "" {
		return f.Remediation
	}
	return idx[f.RuleID].Remediation
}

// severityCounts renders "1 critical, 2 high" for the severities present.
func severityCounts(by map[string]int) string {
	var parts []string
	for _, s := range report.Severities {
		if n := by[string(s)]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	return strings.Join(parts, ", ")
}

// plural renders "1 finding" or "2 findings".
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// summaryLine renders the one-line summary shared by the text formats.
func summaryLine(r *report.Report) string {
	return strings.Join(summaryParts(r), ", ")
}

// summaryParts are the comma-separated parts of the summary line. Findings
// hidden by --min-severity are counted and said to be hidden.
func summaryParts(r *report.Report) []string {
	s := r.Summary
	parts := []string{plural(s.Files, "file"), plural(s.Findings, "finding")}
	if c := severityCounts(s.BySeverity); c != "" {
		parts[1] += " (" + c + ")"
	}
	if n := hiddenCount(r); n > 0 {
		parts = append(parts, fmt.Sprintf("%d below --min-severity not shown", n))
	}
	if s.Suppressed > 0 {
		parts = append(parts, fmt.Sprintf("%d suppressed", s.Suppressed))
	}
	if s.Baselined > 0 || s.BaselineGone > 0 {
		parts = append(parts, fmt.Sprintf("%d in the baseline, %d baseline findings gone", s.Baselined, s.BaselineGone))
	}
	if s.Score != nil {
		parts = append(parts, fmt.Sprintf("score %d/100", s.Score.Overall))
	}
	if s.Errors > 0 {
		parts = append(parts, plural(s.Errors, "error"))
	}
	return parts
}

// fileError renders "path: error", or the error alone when the path is
// unknown (an input that could not even be named).
func fileError(path, err string) string {
	if path == "" {
		return err
	}
	return path + ": " + err
}

// suppressionText renders "inline: reason" for a suppressed finding.
func suppressionText(s *report.Suppression) string {
	if s == nil {
		return ""
	}
	if s.Reason == "" {
		return s.Kind
	}
	return s.Kind + ": " + s.Reason
}

// maxListed caps the occurrences listed for one finding in human formats;
// the count is always given.
const maxListed = 20

// occurrenceList renders the other places of a grouped finding, at most
// maxListed of them, then how many more.
func occurrenceList(f *report.Finding) []string {
	var out []string
	for i, o := range f.Occurrences {
		if i == maxListed {
			out = append(out, fmt.Sprintf("… and %d more", len(f.Occurrences)-maxListed))
			break
		}
		out = append(out, occurrenceLocation(o))
	}
	return out
}

// occurrenceLocation renders file:line:col of an occurrence.
func occurrenceLocation(o report.Location) string {
	return location(&report.Finding{File: o.File, Line: o.Line, Column: o.Column})
}

// evidenceText renders the traffic behind a runtime finding on one line:
// "GET https://… -> 200, 12 times (capture.har entry 3, first … last …)".
func evidenceText(e *report.Evidence) string {
	if e == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(strings.TrimSpace(e.Method + " " + e.URL))
	if e.Status > 0 {
		fmt.Fprintf(&b, " -> %d", e.Status)
	}
	if e.Count > 0 {
		fmt.Fprintf(&b, ", %s", plural(e.Count, "time"))
	}
	where := e.Capture
	switch {
	case e.Line > 0:
		where += fmt.Sprintf(":%d", e.Line)
	case e.Entry > 0:
		where += fmt.Sprintf(" entry %d", e.Entry)
	}
	if e.FirstSeen != "" {
		where += ", first " + e.FirstSeen
	}
	if e.LastSeen != "" {
		where += ", last " + e.LastSeen
	}
	fmt.Fprintf(&b, " (%s)", where)
	return strings.TrimSpace(b.String())
}
