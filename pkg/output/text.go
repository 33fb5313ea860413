package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
)

// Text writes one finding a line, as compilers do, for editors and problem
// matchers: `file:line:col: severity rule-id: message`. The other places of
// a grouped finding follow as `file:line:col: note rule-id: also here`;
// input errors as `file: error: message`. Control characters are written
// visibly, so every finding is exactly one line.
type Text struct {
	ShowSuppressed bool // list suppressed findings too, marked as such
}

// Format implements Formatter.
func (t Text) Format(w io.Writer, r *report.Report) error {
	var b strings.Builder
	for _, f := range r.Files {
		for _, e := range f.Errors {
			fmt.Fprintf(&b, "%s: error: %s\n", textPath(f.Path), termText(e, false))
		}
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed() && !t.ShowSuppressed {
			continue
		}
		msg := termText(f.Message, false)
		if f.Suppressed() {
			msg += " [suppressed " + termText(suppressionText(f.Suppression), false) + "]"
		}
		if n := len(f.Occurrences); n > 0 {
			msg += fmt.Sprintf(" (%s in all)", plural(n+1, "place"))
		}
		if e := evidenceText(f.Evidence); e != "" {
			msg += " [evidence: " + termText(e, false) + "]"
		}
		fmt.Fprintf(&b, "%s: %s %s: %s\n", textLocation(f.File, f.Line, f.Column), f.Severity, termText(f.RuleID, false), msg)
		for _, o := range f.Occurrences {
			fmt.Fprintf(&b, "%s: note %s: also here\n", textLocation(o.File, o.Line, o.Column), termText(f.RuleID, false))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// textLocation is file:line:col with unknown parts left out.
func textLocation(file string, line, col int) string {
	return location(&report.Finding{File: textPath(file), Line: line, Column: col})
}

// textPath makes a file name safe to start a line: control characters
// visible, and "./" before a name that begins with ':' or '-'.
func textPath(p string) string {
	p = termText(p, false)
	if p == "" {
		return "(input)"
	}
	if strings.HasPrefix(p, ":") || strings.HasPrefix(p, "-") {
		return "./" + p
	}
	return p
}
