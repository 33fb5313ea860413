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

// JUnit writes a JUnit XML report: one test suite per file, one failing
// test case per finding, suppressed findings as skipped test cases and file
// errors as errored test cases. A file without findings has one passing case.
type JUnit struct {
	Rules []rules.Rule // metadata of the rules that ran, for titles and remediation
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
		s := junitFileSuite(file, r, idx)
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

func junitFileSuite(file string, r *report.Report, idx map[string]rules.Rule) junitSuite {
	s := junitSuite{Name: cmp.Or(file, "(input)")}
	for _, fr := range r.Files {
		if fr.Path != file {
			continue
		}
		for _, e := range fr.Errors {
			s.Cases = append(s.Cases, junitCase{Name: "read and parse", Classname: file, File: file,
				Error: &junitProblem{Message: e, Type: "error", Text: e}})
			s.Errors++
		}
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.File != file {
			continue
		}
		c := junitFindingCase(f, idx)
		if c.Skipped != nil {
			s.Skipped++
		} else {
			s.Failures++
		}
		s.Cases = append(s.Cases, c)
	}
	if len(s.Cases) == 0 {
		s.Cases = append(s.Cases, junitCase{Name: "no findings", Classname: file, File: file})
	}
	s.Tests = len(s.Cases)
	return s
}

func junitFindingCase(f *report.Finding, idx map[string]rules.Rule) junitCase {
	c := junitCase{
		Name:      f.RuleID + " " + cmp.Or(f.Pointer, "/"),
		Classname: f.File,
		File:      f.File,
		Line:      f.Line,
	}
	if f.Suppressed() {
		c.Skipped = &junitProblem{Message: "suppressed (" + suppressionText(f.Suppression) + ")"}
		return c
	}
	var text strings.Builder
	fmt.Fprintf(&text, "%s [%s]\n%s\n%s\n", title(f, idx), f.Severity, location(f), f.Message)
	if rem := remediation(f, idx); rem != "" {
		fmt.Fprintf(&text, "Remediation: %s\n", rem)
	}
	c.Failure = &junitProblem{Message: f.Message, Type: string(f.Severity), Text: text.String()}
	return c
}
