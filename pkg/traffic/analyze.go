package traffic

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// Options configure an analysis.
type Options struct {
	Specs    []string
	Captures []string // "-" reads Stdin
	Stdin    io.Reader
	Read     ReadOptions
	Load     loader.Options
	// Hosts are the hosts that belong to the API besides those its specs'
	// servers name. When set, requests to other hosts are out of scope even
	// for specs with relative servers.
	Hosts []string
	// Progress, when set, is called as each capture is read, with its total
	// size (-1 when unknown).
	Progress func(capture string, read, total int64)
}

// Output is the result for one input: a spec with its findings, or a
// capture with what was skipped in it.
type Output struct {
	File     report.FileResult
	Findings []report.Finding
	// Fatal is true when the input could not be read at all.
	Fatal bool
	// Notes are lines for standard error ("skipped N entries (reason)").
	Notes []string
}

// Run reads every capture against every spec and returns one Output per
// spec, then one per capture. A spec or capture that cannot be read is a
// fatal Output; the others are still analysed.
func Run(ctx context.Context, opts Options) []Output {
	var outs []Output
	var specs []*Spec
	for _, p := range opts.Specs {
		s, err := LoadSpec(ctx, p, opts.Load)
		if err != nil {
			outs = append(outs, Output{File: report.FileResult{Path: p, Errors: []string{err.Error()}}, Fatal: true,
				Notes: []string{err.Error()}})
			continue
		}
		specs = append(specs, s)
	}
	a := newAnalyzer(ctx, specs, opts.Hosts)
	var captures []Output
	for _, c := range opts.Captures {
		captures = append(captures, a.readCapture(c, opts))
	}
	findings := a.finish()
	for i, s := range specs {
		o := Output{File: report.FileResult{Path: s.Path, OAS: s.Doc.OAS, Errors: []string{}}}
		for _, f := range findings {
			if f.spec == i {
				o.Findings = append(o.Findings, f.Finding)
			}
		}
		o.File.Operations = len(s.opOrder)
		outs = append(outs, o)
	}
	return append(outs, captures...)
}

// readCapture analyses one capture and reports what was skipped in it.
func (a *analyzer) readCapture(path string, opts Options) Output {
	ro := opts.Read
	var total int64 = -1
	if opts.Progress != nil {
		ro.Progress = func(n int64) { opts.Progress(path, n, total) }
	}
	c, err := Open(path, opts.Stdin, ro)
	if err != nil {
		return Output{File: report.FileResult{Path: path, OAS: "capture", Errors: []string{err.Error()}}, Fatal: true,
			Notes: []string{err.Error()}}
	}
	defer c.Close()
	total = c.Size
	out := Output{File: report.FileResult{Path: c.Name, OAS: "capture", Errors: []string{}}}
	a.startCapture()
	a.captures = append(a.captures, c.Name)
	n := 0
	for {
		if n%4096 == 0 && a.ctx.Err() != nil {
			out.File.Errors = append(out.File.Errors, fmt.Sprintf("stopped after %d records: %v", n, a.ctx.Err()))
			break
		}
		rec, err := c.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			out.File.Errors = append(out.File.Errors, fmt.Sprintf("%v (the %d records before were analysed)", strings.TrimPrefix(err.Error(), c.Name+": "), n))
			break
		}
		n++
		a.record(rec)
	}
	if n == 0 && c.Skips().Total() > 0 {
		out.File.Errors = append(out.File.Errors, "no record could be read as "+formatName(c.Format))
	}
	out.File.Errors = append(out.File.Errors, c.Skips().Lines()...)
	a.endCapture()
	out.File.Errors = append(out.File.Errors, a.skips.Lines()...)
	for _, e := range append(slices.Clone(out.File.Errors), a.captureNotes()...) {
		if !strings.HasPrefix(e, c.Name+": ") {
			e = c.Name + ": " + e
		}
		out.Notes = append(out.Notes, e)
	}
	return out
}

func formatName(f Format) string {
	switch f {
	case FormatHAR:
		return "HAR"
	case FormatJSONL:
		return "JSON lines"
	}
	return "an access log (combined or common format, or --log-format)"
}

// captureNotes summarise what the analysis of the current capture left out.
func (a *analyzer) captureNotes() []string {
	var out []string
	if n := a.outOfScope.Total(); n > 0 {
		hosts := make([]string, 0, len(a.outHosts))
		for h := range a.outHosts {
			hosts = append(hosts, h)
		}
		sort.Strings(hosts)
		more := ""
		if len(hosts) > 5 {
			hosts, more = hosts[:5], ", …"
		}
		out = append(out, fmt.Sprintf("skipped %d %s to hosts no spec serves (%s%s; --host adds one)", n, plural(n, "request"), strings.Join(hosts, ", "), more))
	}
	if n := a.outOfBase; n > 0 {
		out = append(out, fmt.Sprintf("skipped %d %s outside every spec's base path", n, plural(n, "request")))
	}
	return append(out, a.filtered.Lines()...)
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
