package output

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

// Markdown writes a summary suited to a pull-request comment: counts by
// severity, the score, findings grouped by severity (each rule's remediation
// given once per group), suppressed findings in a collapsed section and file
// errors. Long lists are cut so that the comment stays within the size a
// pull-request comment allows.
type Markdown struct {
	Rules []rules.Rule // metadata of the rules that ran, for remediation
}

// Format implements Formatter.
func (m Markdown) Format(w io.Writer, r *report.Report) error {
	var b strings.Builder
	idx := ruleIndex(m.Rules)
	active, suppressed := split(worstFirst(r.Findings))
	b.WriteString("## oasguard: " + mdHeadline(r.Summary) + "\n\n")
	mdSummary(&b, r.Summary)
	budget := mdMaxRows
	for _, sev := range report.Severities {
		budget -= mdSeverity(&b, sev, active, idx, budget)
	}
	mdSuppressed(&b, suppressed)
	mdErrors(&b, r.Files)
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

func mdHeadline(s report.Summary) string {
	h := plural(s.Findings, "finding") + " in " + plural(s.Files, "file")
	if s.Findings == 0 {
		h = "no findings in " + plural(s.Files, "file")
	}
	if s.Errors > 0 { // never a clean headline over inputs that failed
		h += ", " + plural(s.Errors, "error") + " (not fully scanned)"
	}
	return h
}

func mdSummary(b *strings.Builder, s report.Summary) {
	b.WriteString("| Severity | Findings |\n| --- | ---: |\n")
	for _, sev := range report.Severities {
		fmt.Fprintf(b, "| %s | %d |\n", severityLabel(sev), s.BySeverity[string(sev)])
	}
	fmt.Fprintf(b, "| **Total** | **%d** |\n\n", s.Findings)
	var notes []string
	if s.Score != nil {
		notes = append(notes, fmt.Sprintf("**Score:** %d/100", s.Score.Overall))
	}
	if s.Suppressed > 0 {
		notes = append(notes, fmt.Sprintf("**Suppressed:** %d", s.Suppressed))
	}
	if s.Errors > 0 {
		notes = append(notes, fmt.Sprintf("**Errors:** %d", s.Errors))
	}
	if len(notes) > 0 {
		b.WriteString(strings.Join(notes, " · ") + "\n\n")
	}
}

// mdMaxRows caps the finding rows of a comment (GitHub refuses comments
// over 65,536 characters); the worst findings come first.
const mdMaxRows = 100

// mdSeverity writes the findings of one severity, at most budget rows, and
// returns the number of rows written. Rows are grouped by rule; a rule's
// remediation is given on its first row only.
func mdSeverity(b *strings.Builder, sev report.Severity, fs []report.Finding, idx map[string]rules.Rule, budget int) int {
	var rows []report.Finding
	for _, f := range fs {
		if f.Severity == sev {
			rows = append(rows, f)
		}
	}
	if len(rows) == 0 {
		return 0
	}
	slices.SortStableFunc(rows, func(a, b report.Finding) int { return cmp.Compare(a.RuleID, b.RuleID) })
	fmt.Fprintf(b, "### %s (%d)\n\n", severityLabel(sev), len(rows))
	shown := rows[:min(len(rows), max(budget, 0))]
	if len(shown) > 0 {
		b.WriteString("| Rule | Location | Message | Remediation |\n| --- | --- | --- | --- |\n")
	}
	for i := range shown {
		f := &shown[i]
		fix := "_as above_"
		if i == 0 || shown[i-1].RuleID != f.RuleID {
			fix = mdCell(remediation(f, idx))
		}
		fmt.Fprintf(b, "| %s<br>`%s` | `%s` | %s | %s |\n", mdCell(title(f, idx)), mdCode(f.RuleID),
			mdCode(location(f)), mdMessage(f), fix)
	}
	if len(shown) > 0 {
		b.WriteString("\n")
	}
	if n := len(rows) - len(shown); n > 0 {
		fmt.Fprintf(b, "_%d more not shown; see the full report._\n\n", n)
	}
	return len(shown)
}

func mdSuppressed(b *strings.Builder, fs []report.Finding) {
	if len(fs) == 0 {
		return
	}
	fmt.Fprintf(b, "<details>\n<summary>%s</summary>\n\n", plural(len(fs), "suppressed finding"))
	b.WriteString("| Severity | Rule | Location | Suppression | Reason |\n| --- | --- | --- | --- | --- |\n")
	for i := range fs[:min(len(fs), mdMaxRows)] {
		f := &fs[i]
		fmt.Fprintf(b, "| %s | `%s` | `%s` | %s | %s |\n", f.Severity, mdCode(f.RuleID), mdCode(location(f)),
			mdCell(f.Suppression.Kind), mdCell(f.Suppression.Reason))
	}
	if n := len(fs) - mdMaxRows; n > 0 {
		fmt.Fprintf(b, "\n_%d more not shown._\n", n)
	}
	b.WriteString("\n</details>\n\n")
}

func mdErrors(b *strings.Builder, files []report.FileResult) {
	var lines []string
	for _, f := range files {
		for _, e := range f.Errors {
			if f.Path == "" {
				lines = append(lines, "- "+mdCell(e))
			} else {
				lines = append(lines, fmt.Sprintf("- `%s`: %s", mdCode(f.Path), mdCell(e)))
			}
		}
	}
	if len(lines) > 0 {
		b.WriteString("### Errors\n\n" + strings.Join(lines, "\n") + "\n")
	}
}

// severityLabel capitalises a severity name.
func severityLabel(s report.Severity) string {
	if s == "" {
		return ""
	}
	return strings.ToUpper(string(s[:1])) + string(s[1:])
}

// mdCell escapes text for a Markdown table cell: HTML is neutralised (GitHub
// renders it), link brackets and pipes are escaped, every line
// break (CRLF, lone CR, LF) becomes <br>, and other control characters are
// made visible.
func mdCell(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	s = termText(s, true)
	s = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "|", `\|`, "[", `\[`, "]", `\]`).Replace(s)
	return strings.ReplaceAll(s, "\n", "<br>")
}

// mdCode makes text safe inside a `code span` within a table cell.
func mdCode(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)
	return strings.NewReplacer("`", "'", "|", `\|`).Replace(termText(s, false))
}

// mdMessage is a finding's message cell with the other places of a grouped
// finding and its traffic evidence.
func mdMessage(f *report.Finding) string {
	msg := mdCell(f.Message)
	if n := len(f.Occurrences); n > 0 {
		locs := occurrenceList(f)
		for i, l := range locs {
			locs[i] = "`" + mdCode(l) + "`"
		}
		msg += fmt.Sprintf("<br>%s in all; also at %s", plural(n+1, "place"), strings.Join(locs, ", "))
	}
	if e := evidenceText(f.Evidence); e != "" {
		msg += "<br>Evidence: " + mdCell(e)
	}
	return msg
}
