package output

import (
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

//go:embed html.tmpl
var htmlTemplate string

//go:embed html.js
var htmlScript string

// Snippet bounds: lines shown around a finding, runes shown of a line, and
// findings of one rule that get a snippet. A minified spec puts the whole
// document on one line; a large one has thousands of findings of a rule.
const (
	snippetContext  = 2
	snippetMaxRunes = 160
	snippetsPerRule = 3
)

// HTML writes a single self-contained HTML page: no scripts, fonts, styles or
// images are loaded from elsewhere, and every value is escaped. Findings are
// grouped by OWASP category, then by rule, whose text is given once; a table
// of contents, charts and filters (severity, rule, file: an inline script,
// allowed by its hash in the page's Content-Security-Policy) make a report of
// thousands of findings usable, and the page stays small.
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
	FileNames  []string // index = data-f of a row
	OneFile    bool     // locations leave out the file name
	Categories []htmlCategory
	RuleIDs    []string
	Findings   int
	Suppressed []htmlRow
	Script     template.JS
	ScriptHash string
}

// htmlCategory is one OWASP category (or "Other") and its rules.
type htmlCategory struct {
	ID, Name, Anchor string
	Count            int
	Rules            []*htmlRule
}

// htmlRule is one rule with its text, given once, and its findings.
type htmlRule struct {
	ID, Title, Description string
	Severity               report.Severity
	Remediation            []textSegment
	References             []string
	OWASPNames             []string
	CWE                    []int
	Rows                   []htmlRow
}

// htmlRow is one finding of a rule.
type htmlRow struct {
	report.Finding
	FileIndex int
	Location  string
	Title     string
	Also      []string // other places of a grouped finding
	Places    string   // "3 places" for a grouped finding
	Evidence  string
	Snippet   []snippetLine
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
	Label, Tooltip, Class, Link string
	Count                       int
	Y, Width                    int
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
	sum := sha256.Sum256([]byte(htmlScript))
	p := htmlPage{
		Tool:       r.Tool,
		Summary:    r.Summary,
		Headline:   summaryLine(r),
		Severity:   severityChart(active),
		OWASP:      owaspChart(active),
		Files:      r.Files,
		Findings:   len(active),
		Script:     template.JS(htmlScript),
		ScriptHash: "sha256-" + base64.StdEncoding.EncodeToString(sum[:]),
	}
	if r.Summary.Score != nil {
		p.Score = gauge(r.Summary.Score.Overall)
	}
	files := map[string]int{}
	for _, f := range r.Files {
		fileIndex(files, &p.FileNames, f.Path)
	}
	for _, f := range r.Findings {
		fileIndex(files, &p.FileNames, f.File)
	}
	p.OneFile = len(p.FileNames) == 1
	p.Categories, p.RuleIDs = h.categories(active, idx, files, p.OneFile, &src)
	for i := range suppressed {
		p.Suppressed = append(p.Suppressed, htmlRow{Finding: suppressed[i], Location: location(&suppressed[i]),
			Title: title(&suppressed[i], idx)})
	}
	return p
}

func fileIndex(files map[string]int, names *[]string, path string) int {
	if i, ok := files[path]; ok {
		return i
	}
	files[path] = len(*names)
	*names = append(*names, path)
	return files[path]
}

// categories groups the findings by the first OWASP category of their rule,
// in the Top 10's order (findings without one last), then by rule, worst
// rule first.
func (h HTML) categories(fs []report.Finding, idx map[string]rules.Rule, files map[string]int, oneFile bool, src *sourceCache) ([]htmlCategory, []string) {
	byRule := map[string]*htmlRule{}
	var order []string
	for i := range fs {
		f := &fs[i]
		hr, ok := byRule[f.RuleID]
		if !ok {
			hr = newHTMLRule(f, idx)
			byRule[f.RuleID] = hr
			order = append(order, f.RuleID)
		}
		row := htmlRow{Finding: *f, FileIndex: files[f.File], Location: location(f), Also: occurrenceList(f),
			Evidence: evidenceText(f.Evidence)}
		if len(f.Occurrences) > 0 {
			row.Places = plural(len(f.Occurrences)+1, "place")
		}
		if oneFile {
			row.Location = strings.TrimPrefix(row.Location, f.File+":")
		}
		if len(hr.Rows) < snippetsPerRule {
			row.Snippet = src.snippet(f.File, f.Line)
		}
		hr.Rows = append(hr.Rows, row)
	}
	cats := map[string]*htmlCategory{}
	for _, id := range order {
		hr := byRule[id]
		cat := "other"
		if len(hr.Rows[0].OWASP) > 0 {
			cat = hr.Rows[0].OWASP[0]
		}
		c, ok := cats[cat]
		if !ok {
			c = &htmlCategory{ID: cat, Name: cmp.Or(owaspName(cat), "Other findings"), Anchor: "cat-" + anchor(cat)}
			cats[cat] = c
		}
		c.Rules = append(c.Rules, hr)
		c.Count += len(hr.Rows)
	}
	var out []htmlCategory
	for _, top := range append(owaspTop10(), [2]string{"other", ""}) {
		if c, ok := cats[top[0]]; ok {
			out = append(out, *c)
			delete(cats, top[0])
		}
	}
	var rest []string // categories outside the 2023 Top 10
	for k := range cats {
		rest = append(rest, k)
	}
	slices.Sort(rest)
	for _, k := range rest {
		out = append(out, *cats[k])
	}
	slices.Sort(order)
	return out, order
}

func newHTMLRule(f *report.Finding, idx map[string]rules.Rule) *htmlRule {
	meta := idx[f.RuleID]
	hr := &htmlRule{ID: f.RuleID, Title: title(f, idx), Description: meta.Description, Severity: f.Severity,
		Remediation: codeSegments(remediation(f, idx)), References: meta.References, CWE: f.CWE}
	for _, o := range f.OWASP {
		hr.OWASPNames = append(hr.OWASPNames, strings.TrimSpace(o+" "+owaspName(o)))
	}
	return hr
}

// anchor makes an id attribute value from a category.
func anchor(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, s)
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
	var labels, classes, links []string
	var values []int
	for _, s := range report.Severities {
		labels = append(labels, severityLabel(s))
		classes = append(classes, "sev-"+string(s))
		links = append(links, "")
		values = append(values, counts[s])
	}
	return barChart(labels, labels, classes, links, values, 70)
}

func owaspChart(fs []report.Finding) htmlChart {
	counts := map[string]int{}
	for _, f := range fs {
		for _, o := range f.OWASP {
			counts[o]++
		}
	}
	var labels, tips, classes, links []string
	var values []int
	for _, c := range owaspTop10() {
		labels = append(labels, strings.TrimSuffix(c[0], ":2023")+" · "+c[1])
		tips = append(tips, c[0]+" "+c[1])
		classes = append(classes, "owasp")
		links = append(links, "#cat-"+anchor(c[0]))
		values = append(values, counts[c[0]])
	}
	return barChart(labels, tips, classes, links, values, 330)
}

func barChart(labels, tips, classes, links []string, values []int, labelWidth int) htmlChart {
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
			Y: i * (barHeight + barGap), Width: width, Link: links[i]})
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

// snippet is the lines around line, each cut to snippetMaxRunes.
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
		out = append(out, snippetLine{No: n, Text: cutRunes(lines[n-1], snippetMaxRunes), Hit: n == line})
	}
	return out
}

// cutRunes shortens s to at most n runes, marking the cut with "…".
func cutRunes(s string, n int) string {
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	end := 0
	for k := 0; k < n-1; k++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	return s[:end] + "…"
}
