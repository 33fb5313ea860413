// Package output renders a report in one of several formats. Each format is
// one Formatter in a file of its own.
package output

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

// Formatter writes a report in one format.
type Formatter interface {
	Format(w io.Writer, r *report.Report) error
}

// Options tune formatters that need more than the report.
type Options struct {
	Color          bool         // ANSI colour in the table
	ShowSuppressed bool         // list suppressed findings in human formats
	Rules          []rules.Rule // metadata of every rule that ran (SARIF, HTML)
	// ReadSource returns the text of a scanned file, for code snippets. It
	// may be nil; it only returns files that were scanned.
	ReadSource func(path string) ([]byte, error)
	// FailOn is the severity from which a finding fails the run ("" for
	// none): JUnit counts only those as failures.
	FailOn report.Severity
	// MinSeverity hides the findings below it. It is display only: the
	// report's summary, score and exit code still count every finding.
	MinSeverity report.Severity
	// Root is the repository root SARIF artifact URIs are relative to
	// ("": the current directory).
	Root string
	// Width is the terminal width the table is laid out for (0: 100).
	Width int
}

type constructor func(Options) Formatter

func formatters() map[string]constructor {
	return map[string]constructor{
		"table": func(o Options) Formatter {
			return &Table{Color: o.Color, ShowSuppressed: o.ShowSuppressed, Width: o.Width}
		},
		"text":     func(o Options) Formatter { return Text{ShowSuppressed: o.ShowSuppressed} },
		"json":     func(Options) Formatter { return JSON{} },
		"sarif":    func(o Options) Formatter { return SARIF{Rules: o.Rules, Root: o.Root} },
		"junit":    func(o Options) Formatter { return JUnit{Rules: o.Rules, FailOn: o.FailOn} },
		"markdown": func(o Options) Formatter { return Markdown{Rules: o.Rules} },
		"github":   func(Options) Formatter { return GitHub{} },
		"html":     func(o Options) Formatter { return HTML{Rules: o.Rules, ReadSource: o.ReadSource} },
	}
}

// Names lists the valid format names, sorted.
func Names() []string {
	var names []string
	for n := range formatters() {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// New returns the formatter called name, or an error listing the valid ones.
func New(name string, o Options) (Formatter, error) {
	c, ok := formatters()[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (valid: %s)", name, strings.Join(Names(), ", "))
	}
	f := c(o)
	if o.MinSeverity.Rank() > report.Info.Rank() {
		f = shown{Formatter: f, min: o.MinSeverity}
	}
	if strings.ToLower(name) != "github" {
		f = guarded{Formatter: f}
	}
	return f, nil
}
