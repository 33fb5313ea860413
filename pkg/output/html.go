package output

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

//go:embed html.tmpl
var htmlTemplate string

// snippetContext is the number of lines shown before and after a finding.
const snippetContext = 3

// HTML writes a single self-contained HTML page: no scripts, fonts, styles or
// images are loaded from elsewhere, and every value is escaped.
type HTML struct {
	Rules []rules.Rule // metadata of the rules that ran, for titles, remediation and references
	// ReadSource returns a scanned file's text for code snippets; nil means
	// no snippets.
	ReadSource func(path string) ([]byte, error)
}

// htmlPage is the data the template renders.
type htmlPage struct {
	Tool       report.Tool
	Summary    report.Summary
	Headline   string
	Score      *htmlGauge
	Severity   htmlChart
	OWASP      htmlChart
	Files      []report.FileResult
	Findings   []htmlFinding
	Suppressed []htmlFinding
}

// htmlFinding is one finding with everything the page shows about it.
type htmlFinding struct {
	report.Finding
	Title       string
	Location    string
	Remediation []textSegment
	References  []string
	OWASPNames  []string
	Snippet     []snippetLine
}

// textSegment is a run of plain text or of `code` in a remediation.
type textSegment struct {
	Text string
	Code bool
}

type snippetLine struct {
	No   int
	Text string
	Hit  bool
}

// htmlChart is a horizontal bar chart drawn as inline SVG.
type htmlChart struct {
	Width, Height int
	LabelWidth    int // room for the labels left of the bars
	CountX        int // where the counts are written, right of the bars
	Bars          []htmlBar
}

type htmlBar struct {
	Label, Tooltip, Class string
	Count                 int
	Y, Width              int
}

// htmlGauge is the score donut: DashArray is "filled gap" on the circle.
type htmlGauge struct {
	Value     int
	DashArray string
	Class     string
}

// Chart geometry, in SVG user units.
const (
	barHeight   = 22
	barGap      = 8
	barMaxWidth = 300
	gaugeRadius = 52
)

// Format implements Formatter.
func (h HTML) Format(w io.Writer, r *report.Report) error {
	tmpl, err := template.New("report").Funcs(template.FuncMap{"lower": strings.ToLower}).Parse(htmlTemplate)
	if err != nil {
		return fmt.Errorf("parse html template: %w", err)
	}
	if err := tmpl.Execute(w, h.page(r)); err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	return nil
}

func (h HTML) page(r *report.Report) htmlPage {
	idx := ruleIndex(h.Rules)
	src := sourceCache{read: h.ReadSource, files: map[string][]string{}}
	active, suppressed := split(worstFirst(r.Findings))
	p := htmlPage{
		Tool:     r.Tool,
		Summary:  r.Summary,
		Headline: summaryLine(r),
		Severity: severityChart(active),
		OWASP:    owaspChart(active),
		Files:    r.Files,
	}
	if r.Summary.Score != nil {
		p.Score = gauge(r.Summary.Score.Overall)
	}
	for i := range active {
		p.Findings = append(p.Findings, h.finding(&active[i], idx, &src))
	}
	for i := range suppressed {
		p.Suppressed = append(p.Suppressed, h.finding(&suppressed[i], idx, &src))
	}
	return p
}

func (h HTML) finding(f *report.Finding, idx map[string]rules.Rule, src *sourceCache) htmlFinding {
	hf := htmlFinding{
		Finding:     *f,
		Title:       title(f, idx),
		Location:    location(f),
		Remediation: codeSegments(remediation(f, idx)),
		References:  idx[f.RuleID].References,
		Snippet:     src.snippet(f.File, f.Line),
	}
	for _, o := range f.OWASP {
		hf.OWASPNames = append(hf.OWASPNames, strings.TrimSpace(o+" "+owaspName(o)))
	}
	return hf
}

// codeSegments splits Markdown-ish text on backticks so that `code` can be
// shown as code without trusting the text as HTML.
func codeSegments(s string) []textSegment {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "`")
	if len(parts)%2 == 0 { // unbalanced backticks: keep the text as it is
		return []textSegment{{Text: s}}
	}
	var out []textSegment
	for i, p := range parts {
		if p != "" {
			out = append(out, textSegment{Text: p, Code: i%2 == 1})
		}
	}
	return out
}

func severityChart(fs []report.Finding) htmlChart {
	counts := map[report.Severity]int{}
	for _, f := range fs {
		counts[f.Severity]++
	}
	var labels, classes []string
	var values []int
	for _, s := range report.Severities {
		labels = append(labels, severityLabel(s))
		classes = append(classes, "sev-"+string(s))
		values = append(values, counts[s])
	}
	return barChart(labels, labels, classes, values, 70)
}

func owaspChart(fs []report.Finding) htmlChart {
	counts := map[string]int{}
	for _, f := range fs {
		for _, o := range f.OWASP {
			counts[o]++
		}
	}
	var labels, tips, classes []string
	var values []int
	for _, c := range owaspTop10() {
		labels = append(labels, strings.TrimSuffix(c[0], ":2023")+" · "+c[1])
		tips = append(tips, c[0]+" "+c[1])
		classes = append(classes, "owasp")
		values = append(values, counts[c[0]])
	}
	return barChart(labels, tips, classes, values, 330)
}

func barChart(labels, tips, classes []string, values []int, labelWidth int) htmlChart {
	maxV := 0
	for _, v := range values {
		maxV = max(maxV, v)
	}
	c := htmlChart{
		Width:      labelWidth + barMaxWidth + 40,
		Height:     len(values)*(barHeight+barGap) - barGap,
		LabelWidth: labelWidth,
		CountX:     labelWidth + barMaxWidth + 10,
	}
	for i, v := range values {
		width := 0
		if maxV > 0 && v > 0 {
			width = max(2, v*barMaxWidth/maxV)
		}
		c.Bars = append(c.Bars, htmlBar{Label: labels[i], Tooltip: tips[i], Class: classes[i], Count: v,
			Y: i * (barHeight + barGap), Width: width})
	}
	return c
}

func gauge(score int) *htmlGauge {
	score = min(max(score, 0), 100)
	circ := 2 * math.Pi * gaugeRadius
	filled := circ * float64(score) / 100
	class := "score-bad"
	switch {
	case score >= 80:
		class = "score-good"
	case score >= 50:
		class = "score-fair"
	}
	return &htmlGauge{Value: score, DashArray: fmt.Sprintf("%.2f %.2f", filled, circ-filled), Class: class}
}

// sourceCache reads each scanned file once and cuts snippets from it.
type sourceCache struct {
	read  func(string) ([]byte, error)
	files map[string][]string
}

func (c *sourceCache) snippet(file string, line int) []snippetLine {
	if c.read == nil || line <= 0 {
		return nil
	}
	lines, ok := c.files[file]
	if !ok {
		if src, err := c.read(file); err == nil {
			lines = strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
		}
		c.files[file] = lines
	}
	if line > len(lines) {
		return nil
	}
	var out []snippetLine
	for n := max(1, line-snippetContext); n <= min(len(lines), line+snippetContext); n++ {
		out = append(out, snippetLine{No: n, Text: lines[n-1], Hit: n == line})
	}
	return out
}
