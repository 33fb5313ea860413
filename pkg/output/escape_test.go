package output

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/report"
)

// hostileReport is a report whose spec-controlled text tries to steer every
// output: terminal escape sequences (screen clear, OSC 52 clipboard, OSC 8
// link), GitHub workflow commands at the start of a line, a lone CR, HTML,
// CDATA ends and characters XML 1.0 forbids.
func hostileReport(text, file string) *report.Report {
	f := report.Finding{
		RuleID: "operation-without-security", Severity: report.High, Title: "t",
		Message: text, File: file, Pointer: "/paths/" + text, Line: 3, Column: 1,
		OWASP: []string{"API2:2023"}, Fingerprint: "f1",
		Occurrences: []report.Location{{File: file, Pointer: "/x", Line: 9, Column: 2}},
		Evidence:    &report.Evidence{Capture: file, Line: 4, Method: "GET", URL: "https://x/" + text, Status: 200, Count: 2},
	}
	low := f
	low.Severity, low.Fingerprint, low.Occurrences, low.Evidence = report.Info, "f2", nil, nil
	r := &report.Report{
		Tool:     report.Tool{Name: "oasguard", Version: "test"},
		Files:    []report.FileResult{{Path: file, OAS: "3.1", Errors: []string{text}}},
		Findings: []report.Finding{f, low},
	}
	r.Finalize()
	return r
}

const hostileText = "ok\x1b[2J\x1b]52;c;cHduZWQ=\x07\x1b]8;;https://evil/\x1b\\link\x1b]8;;\x1b\\\n::error file=a::pwned\r::warning::lone CR\u202eRTL\x00nul]]><script>alert(1)</script>|`x`"

// checkRendering asserts what must hold of every rendering of any text.
func checkRendering(t *testing.T, format string, out []byte) {
	t.Helper()
	for i, line := range strings.Split(strings.ReplaceAll(string(out), "\r", "\n"), "\n") {
		if strings.HasPrefix(line, "::") && format != "github" {
			t.Errorf("%s: line %d starts with '::': %q", format, i+1, line)
		}
	}
	switch format {
	case "github":
		for _, line := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
			if line != "" && !strings.HasPrefix(line, "::error ") && !strings.HasPrefix(line, "::warning ") && !strings.HasPrefix(line, "::notice ") {
				t.Errorf("github: a line that is not a workflow command: %q", line)
			}
		}
	case "json", "sarif":
		if !json.Valid(out) {
			t.Errorf("%s: invalid JSON", format)
		}
	case "junit":
		dec := xml.NewDecoder(bytes.NewReader(out))
		for {
			if _, err := dec.Token(); err != nil {
				if err != io.EOF {
					t.Errorf("junit: not well-formed XML: %v", err)
				}
				break
			}
		}
	case "html":
		if strings.Contains(string(out), "<script>alert") {
			t.Error("html: markup from the input reached the page")
		}
	}
	if format == "table" || format == "text" || format == "markdown" || format == "github" {
		if bytes.ContainsAny(out, "\x1b\x07\x00") || strings.Contains(string(out), "\u202e") {
			t.Errorf("%s: a control character reached the output: %q", format, out)
		}
	}
	if format == "markdown" && strings.Contains(string(out), "\r") {
		t.Error("markdown: a carriage return reached the output")
	}
}

func renderAll(t *testing.T, r *report.Report, check func(format string, out []byte)) {
	t.Helper()
	for _, name := range Names() {
		for _, o := range []Options{{}, {Width: 40, FailOn: report.High, ShowSuppressed: true}} {
			f, err := New(name, o)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := f.Format(&b, r); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			check(name, b.Bytes())
			for _, format := range []string{"json", "table", "text", "markdown"} {
				if format != name {
					continue
				}
				var d bytes.Buffer
				sec := &DiffSection{Old: "::old", New: r.Findings[0].Message, DisappearedFindings: r.Findings}
				if err := WriteDiff(&d, f, format, r, sec); err != nil {
					t.Fatalf("diff %s: %v", format, err)
				}
				check(format, d.Bytes())
			}
		}
	}
}

// TestOutputsCannotBeSteered renders a hostile report in every format, for
// scan and diff alike.
func TestOutputsCannotBeSteered(t *testing.T) {
	for _, file := range []string{"api.yaml", "::error title=x::y.yaml", "a\x1b[31m.yaml"} {
		renderAll(t, hostileReport(hostileText, file), func(format string, out []byte) {
			checkRendering(t, format, out)
		})
	}
	out := string(render(t, "table", Options{}, hostileReport(hostileText, "api.yaml")))
	if !strings.Contains(out, `\x1b[2J`) {
		t.Errorf("escape sequence not made visible:\n%s", out)
	}
}

// TestOccurrencesAndEvidenceInEveryFormat: a grouped finding shows the
// count and its other places; a runtime finding its evidence.
func TestOccurrencesAndEvidenceInEveryFormat(t *testing.T) {
	r := hostileReport("one fix", "api.yaml")
	for _, name := range Names() {
		out := string(render(t, name, Options{FailOn: report.High, ReadSource: func(string) ([]byte, error) { return nil, io.EOF }}, r))
		if !strings.Contains(out, "9") || !strings.Contains(out, "GET") {
			t.Errorf("%s: occurrence line 9 or evidence missing:\n%s", name, out)
		}
		if name != "json" && name != "sarif" && !strings.Contains(out, "2 places") {
			t.Errorf("%s: the count of places is missing:\n%s", name, out)
		}
	}
}

// FuzzRender renders arbitrary finding text in every format: no line may
// start with "::" outside the github format, JUnit stays well-formed XML,
// JSON and SARIF stay valid JSON.
func FuzzRender(f *testing.F) {
	f.Add(hostileText, "api.yaml")
	f.Add("::error::x", "::y")
	f.Add("\r\n\r::", "\xff\xfe")
	f.Fuzz(func(t *testing.T, text, file string) {
		renderAll(t, hostileReport(text, file), func(format string, out []byte) {
			checkRendering(t, format, out)
		})
	})
}
