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

// DefaultWidth is the width the table is laid out for when the terminal's
// is unknown.
const DefaultWidth = 100

// minMessageWidth is the narrowest message column of the table layout;
// below it the findings are stacked, one field a line.
const minMessageWidth = 24

// Table writes a human-readable table, worst findings first. It fits Width
// columns: rule ids and locations are never cut, messages wrap between
// words; when the columns do not fit, each finding is written as a stack of
// lines instead.
type Table struct {
	Color          bool // colour severities with ANSI escapes
	ShowSuppressed bool // list suppressed findings too, marked as such
	Width          int  // terminal width (0: DefaultWidth)
}

// tableColumns holds the content width of each column.
type tableColumns struct{ sev, rule, loc, msg int }

// Format implements Formatter.
func (t *Table) Format(w io.Writer, r *report.Report) error {
	width := t.Width
	if width <= 0 {
		width = DefaultWidth
	}
	var rows []report.Finding
	for _, f := range worstFirst(r.Findings) {
		if !f.Suppressed() || t.ShowSuppressed {
			rows = append(rows, f)
		}
	}
	var err error
	switch cols, fits := layout(rows, width); {
	case len(rows) == 0:
		_, err = io.WriteString(w, noFindings(r)+"\n")
	case fits:
		err = t.render(w, rows, cols)
	default:
		err = t.stack(w, rows, width)
	}
	if err != nil {
		return fmt.Errorf("render table: %w", err)
	}
	if err := writeErrorList(w, r.Files); err != nil {
		return err
	}
	_, err = fmt.Fprintln(w, joinWrapped(summaryParts(r), ", ", width))
	return err
}

// noFindings is what a report without findings to list says: never a plain
// "No findings." when inputs failed or findings are hidden.
func noFindings(r *report.Report) string {
	switch {
	case r.Summary.Errors > 0:
		return "No findings in what could be scanned; some inputs failed (see Errors below)."
	case hiddenCount(r) > 0:
		return "No findings at or above --min-severity."
	}
	return "No findings."
}

func (t *Table) render(w io.Writer, rows []report.Finding, cols tableColumns) error {
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

// layout sizes the columns so that a row fits in width: the severity, rule
// and location columns take the width of their longest value, the message
// column the rest. fits is false when the message column would be narrower
// than minMessageWidth.
func layout(rows []report.Finding, width int) (tableColumns, bool) {
	c := tableColumns{sev: len("Severity"), rule: len("Rule"), loc: len("Location")}
	for i := range rows {
		c.sev = max(c.sev, len(rows[i].Severity))
		c.rule = max(c.rule, utf8.RuneCountInString(termText(rows[i].RuleID, false)))
		c.loc = max(c.loc, longest(locationLines(&rows[i])))
	}
	const overhead = 5 + 4*2 // borders and padding
	c.msg = width - overhead - c.sev - c.rule - c.loc
	return c, c.msg >= minMessageWidth
}

// longest is the width of the longest line.
func longest(lines []string) int {
	n := 0
	for _, l := range lines {
		n = max(n, utf8.RuneCountInString(l))
	}
	return n
}

// locationLines are the finding's location and those of its other
// occurrences, each whole on its line.
func locationLines(f *report.Finding) []string {
	lines := []string{termText(location(f), false)}
	for _, o := range occurrenceList(f) {
		lines = append(lines, termText(o, false))
	}
	return lines
}

func (t *Table) row(f *report.Finding, c tableColumns) []string {
	sev := string(f.Severity)
	if t.Color {
		sev = colorSeverity(f.Severity, f.Suppressed())
	}
	return []string{
		sev,
		termText(f.RuleID, false),
		strings.Join(locationLines(f), "\n"),
		strings.Join(wrapText(messageText(f), c.msg), "\n"),
	}
}

// messageText is the finding's message with what the table adds to it:
// the suppression, the number of other places, the traffic evidence.
func messageText(f *report.Finding) string {
	msg := termText(f.Message, true)
	if f.Suppressed() {
		msg = "[suppressed " + termText(suppressionText(f.Suppression), false) + "]\n" + msg
	}
	if n := len(f.Occurrences); n > 0 {
		msg += fmt.Sprintf("\n(%s in all; the other locations are listed under this one)", plural(n+1, "place"))
	}
	if e := evidenceText(f.Evidence); e != "" {
		msg += "\nevidence: " + termText(e, false)
	}
	return msg
}

// stack writes each finding as a block of lines, for narrow terminals.
func (t *Table) stack(w io.Writer, rows []report.Finding, width int) error {
	var b strings.Builder
	for i := range rows {
		f := &rows[i]
		sev := strings.ToUpper(string(f.Severity))
		if t.Color {
			sev = colorSeverity(report.Severity(sev), f.Suppressed())
		}
		fmt.Fprintf(&b, "%s %s\n", sev, termText(f.RuleID, false))
		for _, l := range locationLines(f) {
			fmt.Fprintf(&b, "  %s\n", l)
		}
		for _, l := range wrapText(messageText(f), max(width-2, 20)) {
			fmt.Fprintf(&b, "  %s\n", l)
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
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
	}[report.Severity(strings.ToLower(string(s)))]
	if suppressed {
		code = "2"
	}
	if code == "" {
		return string(s)
	}
	return "\x1b[" + code + "m" + string(s) + "\x1b[0m"
}

// writeErrorList lists the files whose reading or parsing went wrong.
func writeErrorList(w io.Writer, files []report.FileResult) error {
	var b strings.Builder
	for _, f := range files {
		for _, e := range f.Errors {
			fmt.Fprintf(&b, "  %s\n", termText(fileError(f.Path, e), false))
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
