package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
)

// shown renders only the findings at or above min (--min-severity). The
// summary is left as it is: it counts every finding, as the exit code and
// the score do, so that a display filter cannot make a failing run look
// clean.
type shown struct {
	Formatter
	min report.Severity
}

// Format implements Formatter.
func (s shown) Format(w io.Writer, r *report.Report) error {
	return s.Formatter.Format(w, visible(r, s.min))
}

// visible is a copy of the report without the findings below min.
func visible(r *report.Report, min report.Severity) *report.Report {
	out := *r
	out.Findings = make([]report.Finding, 0, len(r.Findings))
	for _, f := range r.Findings {
		if f.Severity.Rank() >= min.Rank() {
			out.Findings = append(out.Findings, f)
		}
	}
	return &out
}

// hiddenCount is the number of unsuppressed findings the summary counts that
// the report does not list (hidden by --min-severity).
func hiddenCount(r *report.Report) int {
	n := 0
	for i := range r.Findings {
		if !r.Findings[i].Suppressed() {
			n++
		}
	}
	return max(r.Summary.Findings-n, 0)
}

// SummaryLine is the one-line summary of a report, as the table ends with;
// o.MinSeverity adds how many findings it hides.
func SummaryLine(r *report.Report, o Options) string {
	if o.MinSeverity.Rank() > report.Info.Rank() {
		r = visible(r, o.MinSeverity)
	}
	return summaryLine(r)
}

// WriteFileErrors lists the inputs that could not be read or scanned, one a
// line, made safe for a terminal.
func WriteFileErrors(w io.Writer, files []report.FileResult) error {
	var b strings.Builder
	for _, f := range files {
		for _, e := range f.Errors {
			fmt.Fprintf(&b, "oasguard: error: %s\n", termText(fileError(f.Path, e), false))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
