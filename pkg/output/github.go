package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
)

// GitHub writes GitHub Actions workflow commands, one per unsuppressed
// finding, which GitHub shows as annotations on the pull request.
type GitHub struct{}

// Format implements Formatter.
func (GitHub) Format(w io.Writer, r *report.Report) error {
	var b strings.Builder
	for _, f := range r.Files {
		for _, e := range f.Errors {
			props := "title=oasguard"
			if f.Path != "" {
				props = "file=" + escapeProperty(f.Path) + "," + props
			}
			fmt.Fprintf(&b, "::error %s::%s\n", props, escapeData(e))
		}
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed() {
			continue
		}
		props := []string{"file=" + escapeProperty(f.File)}
		if f.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", f.Line))
			if f.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", f.Column))
			}
		}
		props = append(props, "title="+escapeProperty(f.RuleID))
		fmt.Fprintf(&b, "::%s %s::%s\n", githubCommand(f.Severity), strings.Join(props, ","), escapeData(githubMessage(f)))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// githubCommand maps a severity to an annotation level.
func githubCommand(s report.Severity) string {
	switch s {
	case report.Critical, report.High:
		return "error"
	case report.Medium:
		return "warning"
	default:
		return "notice"
	}
}

// escapeData escapes a workflow command's message.
func escapeData(s string) string {
	s = termText(s, true)
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value.
func escapeProperty(s string) string {
	s = termText(s, true)
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// githubMessage is the annotation's text: the message, the other places of
// a grouped finding and the traffic evidence, on lines of their own.
func githubMessage(f *report.Finding) string {
	msg := f.Message
	if n := len(f.Occurrences); n > 0 {
		msg += fmt.Sprintf("\n%s in all; also at:", plural(n+1, "place"))
		for _, l := range occurrenceList(f) {
			msg += "\n  " + l
		}
	}
	if e := evidenceText(f.Evidence); e != "" {
		msg += "\nEvidence: " + e
	}
	return msg
}
