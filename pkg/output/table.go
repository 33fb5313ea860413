package output

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/oasguard/oasguard/pkg/report"
)

// tableWidth is the terminal width the table is laid out for.
const tableWidth = 100

// Table writes a human-readable table, worst findings first.
type Table struct {
	Color          bool // colour severities with ANSI escapes
	ShowSuppressed bool // list suppressed findings too, marked as such
}

// tableColumns holds the content width of each column.
type tableColumns struct{ sev, rule, loc, msg int }

// Format implements Formatter.
func (t *Table) Format(w io.Writer, r *report.Report) error {
	var rows []report.Finding
	for _, f := range worstFirst(r.Findings) {
		if !f.Suppressed() || t.ShowSuppressed {
			rows = append(rows, f)
		}
	}
	if len(rows) == 0 {
		if _, err := fmt.Fprintln(w, "No findings."); err != nil {
			return err
		}
	} else if err := t.render(w, rows); err != nil {
		return fmt.Errorf("render table: %w", err)
	}
	if err := writeFileErrors(w, r.Files); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, joinWrapped(summaryParts(r.Summary), ", ", tableWidth))
	return err
}

func (t *Table) render(w io.Writer, rows []report.Finding) error {
	cols := layout(rows)
	tbl := tablewriter.NewTable(w,
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithTrimSpace(tw.Off),
	)
	tbl.Header("Severity", "Rule", "Location", "Message")
	for i := range rows {
		if err := tbl.Append(t.row(&rows[i], cols)); err != nil {
			return err
		}
	}
	return tbl.Render()
}

// layout sizes the columns so that a row fits in tableWidth: the severity,
// rule and location columns take what they need up to a cap (longer values
// wrap after hyphens and slashes), the message column the rest.
func layout(rows []report.Finding) tableColumns {
	c := tableColumns{sev: len("Severity"), rule: len("Rule"), loc: len("Location")}
	for i := range rows {
		c.sev = max(c.sev, len(rows[i].Severity))
		c.rule = max(c.rule, longest(wrapID(rows[i].RuleID, maxRuleWidth)))
		c.loc = max(c.loc, longest(wrapPath(location(&rows[i]), maxLocationWidth)))
	}
	const overhead = 5 + 4*2 // borders and padding
	c.msg = max(tableWidth-overhead-c.sev-c.rule-c.loc, 20)
	return c
}

// Caps on the rule and location columns, so that the message keeps room.
const (
	maxRuleWidth     = 24
	maxLocationWidth = 24
)

// longest is the width of the longest line.
func longest(lines []string) int {
	n := 0
	for _, l := range lines {
		n = max(n, utf8.RuneCountInString(l))
	}
	return n
}

func (t *Table) row(f *report.Finding, c tableColumns) []string {
	msg := f.Message
	sev := string(f.Severity)
	if f.Suppressed() {
		msg = "[suppressed " + suppressionText(f.Suppression) + "]\n" + msg
	}
	if t.Color {
		sev = colorSeverity(f.Severity, f.Suppressed())
	}
	return []string{
		sev,
		strings.Join(wrapID(f.RuleID, c.rule), "\n"),
		strings.Join(wrapPath(location(f), c.loc), "\n"),
		strings.Join(wrapText(msg, c.msg), "\n"),
	}
}

// colorSeverity wraps a severity name in its ANSI colour; suppressed
// findings are dimmed.
func colorSeverity(s report.Severity, suppressed bool) string {
	code := map[report.Severity]string{
		report.Critical: "1;35", // bold magenta
		report.High:     "1;31", // bold red
		report.Medium:   "33",   // yellow
		report.Low:      "36",   // cyan
		report.Info:     "37",   // grey
	}[s]
	if suppressed {
		code = "2"
	}
	if code == "" {
		return string(s)
	}
	return "\x1b[" + code + "m" + string(s) + "\x1b[0m"
}

// writeFileErrors lists the files whose reading or parsing went wrong.
func writeFileErrors(w io.Writer, files []report.FileResult) error {
	var b strings.Builder
	for _, f := range files {
		for _, e := range f.Errors {
			fmt.Fprintf(&b, "  %s\n", fileError(f.Path, e))
		}
	}
	if b.Len() == 0 {
		return nil
	}
	_, err := fmt.Fprintf(w, "Errors:\n%s", b.String())
	return err
}

// joinWrapped joins parts with sep, starting a new line where the next part
// would make the line wider than width.
func joinWrapped(parts []string, sep string, width int) string {
	var b strings.Builder
	lineLen := 0
	for i, p := range parts {
		n := utf8.RuneCountInString(p)
		if i > 0 {
			if lineLen+len(sep)+n > width {
				b.WriteString(strings.TrimRight(sep, " ") + "\n")
				lineLen = 0
			} else {
				b.WriteString(sep)
				lineLen += len(sep)
			}
		}
		b.WriteString(p)
		lineLen += n
	}
	return b.String()
}
