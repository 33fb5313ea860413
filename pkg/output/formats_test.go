package output

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/report"
)

func TestGoldens(t *testing.T) {
	for _, name := range []string{"json", "junit", "markdown", "github"} {
		t.Run(name, func(t *testing.T) {
			golden(t, name, render(t, name, Options{Rules: fixtureRules(), FailOn: report.Low}, fixtureReport()))
			golden(t, name+"-empty", render(t, name, Options{}, emptyReport()))
		})
	}
}

func TestNewUnknownFormatListsValidOnes(t *testing.T) {
	_, err := New("yaml", Options{})
	if err == nil {
		t.Fatal("no error for unknown format")
	}
	for _, n := range []string{"github", "html", "json", "junit", "markdown", "sarif", "table", "text"} {
		if !strings.Contains(err.Error(), n) {
			t.Errorf("error %q does not list %s", err, n)
		}
	}
}

func TestNamesAreSortedAndConstructible(t *testing.T) {
	want := []string{"github", "html", "json", "junit", "markdown", "sarif", "table", "text"}
	got := Names()
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for _, n := range got {
		if _, err := New(strings.ToUpper(n), Options{}); err != nil {
			t.Errorf("New(%q): %v", n, err)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	out := string(render(t, "github", Options{}, fixtureReport()))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	// One line per file error and per unsuppressed finding.
	if len(lines) != 1+5 {
		t.Fatalf("got %d lines:\n%s", len(lines), out)
	}
	for _, want := range []string{
		"::error file=api.yaml,line=120,col=7,title=api-key-in-query::security scheme",
		"::notice file=partner/legacy.json,line=7,col=14,title=server-uses-http::server http://api.example.com, plain: no TLS%0Asecond line",
		"(50%25 of <script>",
		"::warning file=api.yaml,line=88,col=11,",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "/health") {
		t.Error("suppressed finding annotated")
	}
	if got := escapeProperty("a:b,c%d\ne"); got != "a%3Ab%2Cc%25d%0Ae" {
		t.Errorf("escapeProperty = %q", got)
	}
}

func TestJUnitStructure(t *testing.T) {
	var doc junitSuites
	if err := xml.Unmarshal(render(t, "junit", Options{FailOn: report.Low}, fixtureReport()), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Suites) != 2 || doc.Suites[0].Name != "api.yaml" || doc.Suites[1].Name != "partner/legacy.json" {
		t.Fatalf("suites %+v", doc.Suites)
	}
	// The info finding is below --fail-on: a passing case with its details.
	if doc.Failures != 4 || doc.Skipped != 2 || doc.Errors != 1 || doc.Tests != 8 {
		t.Errorf("totals tests=%d failures=%d skipped=%d errors=%d", doc.Tests, doc.Failures, doc.Skipped, doc.Errors)
	}
	var sawSkip, sawInfo bool
	for _, c := range doc.Suites[1].Cases {
		if c.Skipped != nil && strings.Contains(c.Skipped.Message, "health check is public") {
			sawSkip = true
		}
		if strings.HasPrefix(c.Name, "missing-contact-info") {
			sawInfo = c.Failure == nil && strings.Contains(c.SystemOut, "info has no contact")
		}
	}
	if !sawInfo {
		t.Error("info finding below --fail-on is not a passing case with its details")
	}
	if !sawSkip {
		t.Error("inline-suppressed finding is not a skipped test case")
	}
}

func TestMarkdownEscapesAndCollapsesSuppressed(t *testing.T) {
	out := string(render(t, "markdown", Options{Rules: fixtureRules()}, fixtureReport()))
	if strings.Contains(out, "<script>") {
		t.Error("raw HTML from a message reached the Markdown")
	}
	if !strings.Contains(out, "&lt;script&gt;") || !strings.Contains(out, "plain: no TLS<br>second line") {
		t.Errorf("message not escaped for a table cell:\n%s", out)
	}
	d := strings.Index(out, "<details>")
	if d < 0 || !strings.Contains(out[d:], "health check is public by design") || strings.Contains(out[:d], "/health") {
		t.Errorf("suppressed findings not (only) in <details>:\n%s", out)
	}
	if strings.Index(out, "### Critical") > strings.Index(out, "### High") {
		t.Error("severity sections out of order")
	}
}

func TestMarkdownCapsRows(t *testing.T) {
	r := fixtureReport()
	base := r.Findings[0]
	base.Suppression = nil
	base.Severity = "high"
	r.Findings = nil
	for i := 0; i < mdMaxRows+50; i++ {
		f := base
		f.Line = i + 1
		r.Findings = append(r.Findings, f)
	}
	r.Finalize()
	out := string(render(t, "markdown", Options{}, r))
	rows := strings.Count(out, "| `"+base.File+":")
	if rows != mdMaxRows {
		t.Errorf("%d rows, want %d", rows, mdMaxRows)
	}
	if !strings.Contains(out, "|\n\n_50 more not shown; see the full report._") {
		t.Errorf("no note about the 50 hidden findings after the table:\n%s", out[len(out)-300:])
	}
}

func TestUnnamedInputErrorHasNoEmptyFile(t *testing.T) {
	r := emptyReport()
	r.Files = append(r.Files, report.FileResult{Path: "", Errors: []string{"stdin: unexpected EOF"}})
	r.Finalize()
	if out := string(render(t, "github", Options{}, r)); out != "::error title=oasguard::stdin: unexpected EOF\n" {
		t.Errorf("github: %q", out)
	}
	if out := string(render(t, "table", Options{}, r)); !strings.Contains(out, "Errors:\n  stdin: unexpected EOF\n") {
		t.Errorf("table: %q", out)
	}
	if out := string(render(t, "markdown", Options{}, r)); !strings.Contains(out, "\n- stdin: unexpected EOF") {
		t.Errorf("markdown: %q", out)
	}
}
