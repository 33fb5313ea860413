package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/oasguard/oasguard/pkg/output"
	"github.com/oasguard/oasguard/pkg/report"
)

// Section is the comparison part of a diff report, written in the JSON
// report's `diff` field.
type Section struct {
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

// Report turns a comparison into a report every format renders: the
// appeared findings keep their rule ids, each regression becomes a finding
// with rule id diff-<kind>. Regressions honour NEW's x-oasguard-ignore like
// any other finding. The files are OLD's and NEW's.
func Report(r *Result, old, new *Side, tool report.Tool) (*report.Report, *Section) {
	rep := &report.Report{Tool: tool, Files: []report.FileResult{old.File, new.File}}
	rep.Findings = append(rep.Findings, r.Appeared...)
	regs := make([]report.Finding, 0, len(r.Regressions))
	for _, g := range r.Regressions {
		regs = append(regs, g.Finding())
	}
	if new.Doc != nil {
		ignores := make([]report.Ignore, 0, len(new.Doc.Ignores))
		for _, ig := range new.Doc.Ignores {
			ig.File = new.Display(new.Plain(ig.File))
			ignores = append(ignores, ig)
		}
		report.ApplyInline(regs, ignores)
	}
	rep.Findings = append(rep.Findings, regs...)
	rep.Finalize()
	sec := &Section{
		Old: r.Old, New: r.New, Appeared: len(r.Appeared), Regressions: len(r.Regressions),
		Disappeared: len(r.Disappeared), Unchanged: r.Unchanged,
		DisappearedFindings: r.Disappeared, Skipped: r.Skipped,
	}
	if sec.DisappearedFindings == nil {
		sec.DisappearedFindings = []report.Finding{}
	}
	return rep, sec
}

// Write renders the report with pkg/output's formatter for format and adds
// the comparison: a `diff` field in JSON, a closing section in table and
// markdown. The other formats render the report as it is.
func Write(w io.Writer, f output.Formatter, format string, rep *report.Report, sec *Section) error {
	switch strings.ToLower(format) {
	case "json":
		return writeJSON(w, f, rep, sec)
	case "table":
		if err := f.Format(w, rep); err != nil {
			return err
		}
		return writeText(w, sec)
	case "markdown":
		if err := f.Format(w, rep); err != nil {
			return err
		}
		return writeMarkdown(w, sec)
	}
	return f.Format(w, rep)
}

// writeJSON renders the canonical JSON report and adds the `diff` field as
// its last member, so every field of a scan report keeps its name and order.
func writeJSON(w io.Writer, f output.Formatter, rep *report.Report, sec *Section) error {
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
func (s *Section) counts() string {
	return fmt.Sprintf("%d appeared, %s, %d disappeared, %d unchanged",
		s.Appeared, plural(s.Regressions, "regression"), s.Disappeared, s.Unchanged)
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func writeText(w io.Writer, s *Section) error {
	var b strings.Builder
	fmt.Fprintf(&b, "\nCompared %s -> %s: %s\n", s.Old, s.New, s.counts())
	if len(s.DisappearedFindings) > 0 {
		fmt.Fprintf(&b, "Disappeared (fixed or removed since %s):\n", s.Old)
		for _, f := range s.DisappearedFindings {
			fmt.Fprintf(&b, "  - %s %s %s: %s\n", f.Severity, f.RuleID, location(&f), f.Message)
		}
	}
	for _, sk := range s.Skipped {
		fmt.Fprintf(&b, "Skipped: %s\n", sk)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMarkdown(w io.Writer, s *Section) error {
	var b strings.Builder
	fmt.Fprintf(&b, "\n### Compared with %s\n\n%s.\n", mdCode(s.Old), s.counts())
	if len(s.DisappearedFindings) > 0 {
		b.WriteString("\n<details><summary>Disappeared findings</summary>\n\n| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n")
		for _, f := range s.DisappearedFindings {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", f.Severity, mdCode(f.RuleID), mdCode(location(&f)), mdCell(f.Message))
		}
		b.WriteString("\n</details>\n")
	}
	for _, sk := range s.Skipped {
		fmt.Fprintf(&b, "\n_Skipped: %s_\n", mdCell(sk))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func location(f *report.Finding) string {
	if f.Line <= 0 {
		return f.File
	}
	return fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column)
}

func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r", " "), "\n", " ")
}

func mdCode(s string) string {
	return "`" + strings.ReplaceAll(mdCell(s), "`", "'") + "`"
}
