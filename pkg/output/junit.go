package output

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

// JUnit writes a JUnit XML report: one test suite per file, one test case per
// finding. Only findings at or above FailOn are failures (as they fail the
// run); the others are passing test cases that carry their details in
// system-out, suppressed findings are skipped, and file errors are errored
// test cases. A file without findings has one passing case. Text that XML
// 1.0 cannot hold is escaped visibly, so the output is always well-formed.
type JUnit struct {
	Rules  []rules.Rule    // metadata of the rules that ran, for titles and remediation
	FailOn report.Severity // findings at or above it fail; "" none does
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	Skipped   *junitProblem `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",cdata"`
}

// Format implements Formatter.
func (j JUnit) Format(w io.Writer, r *report.Report) error {
	doc := junitSuites{Name: "oasguard"}
	idx := ruleIndex(j.Rules)
	for _, file := range junitFiles(r) {
		s := j.fileSuite(file, r, idx)
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Errors += s.Errors
		doc.Skipped += s.Skipped
		doc.Suites = append(doc.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encode junit: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// junitFiles lists every file of the report and of its findings, sorted.
func junitFiles(r *report.Report) []string {
	var files []string
	for _, f := range r.Files {
		files = append(files, f.Path)
	}
	for _, f := range r.Findings {
		files = append(files, f.File)
	}
	slices.Sort(files)
	return slices.Compact(files)
}

func (j JUnit) fileSuite(file string, r *report.Report, idx map[string]rules.Rule) junitSuite {
	s := junitSuite{Name: xmlText(cmp.Or(file, "(input)"))}
	for _, fr := range r.Files {
		if fr.Path != file {
			continue
		}
		for _, e := range fr.Errors {
			s.Cases = append(s.Cases, junitCase{Name: "read and parse", Classname: xmlText(file), File: xmlText(file),
				Error: &junitProblem{Message: xmlText(e), Type: "error", Text: xmlText(e)}})
			s.Errors++
		}
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.File != file {
			continue
		}
		c := junitFindingCase(f, idx, j.FailOn)
		switch {
		case c.Skipped != nil:
			s.Skipped++
		case c.Failure != nil:
			s.Failures++
		}
		s.Cases = append(s.Cases, c)
	}
	if len(s.Cases) == 0 {
		s.Cases = append(s.Cases, junitCase{Name: "no findings", Classname: xmlText(file), File: xmlText(file)})
	}
	s.Tests = len(s.Cases)
	return s
}

func junitFindingCase(f *report.Finding, idx map[string]rules.Rule, failOn report.Severity) junitCase {
	c := junitCase{
		Name:      xmlText(f.RuleID + " " + cmp.Or(f.Pointer, "/")),
		Classname: xmlText(f.File),
		File:      xmlText(f.File),
		Line:      f.Line,
	}
	if f.Suppressed() {
		c.Skipped = &junitProblem{Message: xmlText("suppressed (" + suppressionText(f.Suppression) + ")")}
		return c
	}
	var text strings.Builder
	fmt.Fprintf(&text, "%s [%s]\n%s\n%s\n", title(f, idx), f.Severity, location(f), f.Message)
	if n := len(f.Occurrences); n > 0 {
		fmt.Fprintf(&text, "%s in all; also at:\n", plural(n+1, "place"))
		for _, o := range occurrenceList(f) {
			fmt.Fprintf(&text, "  %s\n", o)
		}
	}
	if e := evidenceText(f.Evidence); e != "" {
		fmt.Fprintf(&text, "Evidence: %s\n", e)
	}
	if rem := remediation(f, idx); rem != "" {
		fmt.Fprintf(&text, "Remediation: %s\n", rem)
	}
	if failOn == "" || f.Severity.Rank() < failOn.Rank() {
		c.SystemOut = xmlText(text.String())
		return c
	}
	c.Failure = &junitProblem{Message: xmlText(f.Message), Type: string(f.Severity), Text: xmlText(text.String())}
	return c
}
