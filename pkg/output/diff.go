package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
)

// DiffSection is the comparison part of a diff report, written in the JSON
// report's `diff` field.
type DiffSection struct {
	Old string `json:"old"`
	New string `json:"new"`
	// Appeared counts findings of NEW not in OLD (suppressed ones included);
	// Regressions counts comparison-only regressions; Disappeared counts
	// unsuppressed findings of OLD gone from NEW; Unchanged those in both.
	Appeared    int `json:"appeared"`
	Regressions int `json:"regressions"`
	Disappeared int `json:"disappeared"`
	Unchanged   int `json:"unchanged"`
	// DisappearedFindings lists the findings gone from NEW, as OLD had them.
	DisappearedFindings []report.Finding `json:"disappeared_findings"`
	// Skipped names checks that could not run.
	Skipped []string `json:"skipped,omitempty"`
}

// WriteDiff renders a diff report with the formatter for format and adds
// the comparison: a `diff` field in JSON, a closing section in table, text
// and markdown. The other formats render the report as it is. Every part
// goes through the format's own escaping, as a scan's does.
func WriteDiff(w io.Writer, f Formatter, format string, rep *report.Report, sec *DiffSection) error {
	switch strings.ToLower(format) {
	case "json":
		return writeDiffJSON(w, f, rep, sec)
	case "table", "text":
		if err := f.Format(w, rep); err != nil {
			return err
		}
		return guarded{diffText{sec}}.Format(w, rep)
	case "markdown":
		if err := f.Format(w, rep); err != nil {
			return err
		}
		return guarded{diffMarkdown{sec}}.Format(w, rep)
	}
	return f.Format(w, rep)
}

// writeDiffJSON renders the canonical JSON report and adds the `diff` field
// as its last member, so every field of a scan report keeps its name and
// order.
func writeDiffJSON(w io.Writer, f Formatter, rep *report.Report, sec *DiffSection) error {
	var buf bytes.Buffer
	if err := f.Format(&buf, rep); err != nil {
		return err
	}
	body := bytes.TrimRight(buf.Bytes(), " \t\r\n")
	if len(body) < 2 || body[len(body)-1] != '}' {
		return fmt.Errorf("json report: not an object")
	}
	var d bytes.Buffer
	enc := json.NewEncoder(&d)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sec); err != nil {
		return fmt.Errorf("json report: %w", err)
	}
	head := bytes.TrimRight(body[:len(body)-1], " \t\r\n")
	sep := ","
	if head[len(head)-1] == '{' {
		sep = ""
	}
	out := fmt.Sprintf("%s%s\n  \"diff\": %s\n}\n", head, sep, bytes.TrimRight(d.Bytes(), "\n"))
	_, err := io.WriteString(w, out)
	return err
}

// counts renders "2 appeared, 1 regression, 3 disappeared, 5 unchanged".
func (s *DiffSection) counts() string {
	return fmt.Sprintf("%d appeared, %s, %d disappeared, %d unchanged",
		s.Appeared, plural(s.Regressions, "regression"), s.Disappeared, s.Unchanged)
}

// diffText is the closing section of the table and text diff output.
type diffText struct{ s *DiffSection }

// Format implements Formatter.
func (d diffText) Format(w io.Writer, _ *report.Report) error {
	s := d.s
	var b strings.Builder
	fmt.Fprintf(&b, "\nCompared %s -> %s: %s\n", termText(s.Old, false), termText(s.New, false), s.counts())
	if len(s.DisappearedFindings) > 0 {
		fmt.Fprintf(&b, "Disappeared (fixed or removed since %s):\n", termText(s.Old, false))
		for _, f := range s.DisappearedFindings {
			fmt.Fprintf(&b, "  - %s %s %s: %s\n", f.Severity, termText(f.RuleID, false),
				termText(location(&f), false), termText(f.Message, false))
		}
	}
	for _, sk := range s.Skipped {
		fmt.Fprintf(&b, "Skipped: %s\n", termText(sk, false))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// diffMarkdown is the closing section of the markdown diff output.
type diffMarkdown struct{ s *DiffSection }

// Format implements Formatter.
func (d diffMarkdown) Format(w io.Writer, _ *report.Report) error {
	s := d.s
	var b strings.Builder
	fmt.Fprintf(&b, "\n### Compared with `%s`\n\n%s.\n", mdCode(s.Old), s.counts())
	if len(s.DisappearedFindings) > 0 {
		b.WriteString("\n<details><summary>Disappeared findings</summary>\n\n| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n")
		for _, f := range s.DisappearedFindings {
			fmt.Fprintf(&b, "| %s | `%s` | `%s` | %s |\n", f.Severity, mdCode(f.RuleID), mdCode(location(&f)), mdCell(f.Message))
		}
		b.WriteString("\n</details>\n")
	}
	for _, sk := range s.Skipped {
		fmt.Fprintf(&b, "\n_Skipped: %s_\n", mdCell(sk))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
