package traffic

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// aggKey identifies one finding: a check at one spec node, for one detail
// (a status code, a property, a parameter name…).
type aggKey struct {
	check   string
	spec    int
	file    string
	pointer string
	detail  string
}

// agg accumulates the requests behind one finding. Only the first record's
// location and a redacted URL are kept, so memory grows with the number of
// findings, never with the capture.
type agg struct {
	key       aggKey
	severity  report.Severity
	what      string // the message's subject, without counts or location
	count     int
	evidence  report.Evidence
	first     time.Time
	last      time.Time
	firstSeen bool
	// summary findings (orphans) are not counts of requests.
	summary bool
}

// aggregator holds every finding being accumulated.
type aggregator struct {
	m map[aggKey]*agg
}

func newAggregator() *aggregator { return &aggregator{m: map[aggKey]*agg{}} }

// add counts rec for the finding k; what and sev are used when the finding is
// new. It returns false when the finding is new and cap findings of the same
// check and spec exist already.
func (a *aggregator) add(k aggKey, sev report.Severity, rec *Record, what func() string) {
	g := a.m[k]
	if g == nil {
		g = &agg{key: k, severity: sev, what: what(), evidence: evidenceOf(rec)}
		a.m[k] = g
	}
	g.count++
	if !rec.Time.IsZero() {
		if !g.firstSeen || rec.Time.Before(g.first) {
			g.first = rec.Time
		}
		if !g.firstSeen || rec.Time.After(g.last) {
			g.last = rec.Time
		}
		g.firstSeen = true
	}
}

func (a *aggregator) has(k aggKey) bool { return a.m[k] != nil }

// merge adds the aggregates of b, which come later in the captures.
func (a *aggregator) merge(b *aggregator) {
	for k, g := range b.m {
		old := a.m[k]
		if old == nil {
			a.m[k] = g
			continue
		}
		old.count += g.count
		if g.firstSeen {
			if !old.firstSeen || g.first.Before(old.first) {
				old.first = g.first
			}
			if !old.firstSeen || g.last.After(old.last) {
				old.last = g.last
			}
			old.firstSeen = true
		}
	}
}

func evidenceOf(rec *Record) report.Evidence {
	return report.Evidence{Capture: rec.Capture, Line: rec.Line, Entry: rec.Entry, Method: rec.Method,
		URL: RedactURL(rec.URL), Status: rec.Status}
}

// findings turns the aggregates into findings located in their spec.
func (a *aggregator) findings(specs []*Spec) []specFinding {
	gs := make([]*agg, 0, len(a.m))
	for _, g := range a.m {
		gs = append(gs, g)
	}
	slices.SortFunc(gs, func(x, y *agg) int {
		return cmp.Or(cmp.Compare(x.key.spec, y.key.spec), cmp.Compare(x.key.pointer, y.key.pointer),
			cmp.Compare(x.key.check, y.key.check), cmp.Compare(x.key.detail, y.key.detail))
	})
	out := make([]specFinding, 0, len(gs))
	for _, g := range gs {
		out = append(out, specFinding{g.finding(specs[g.key.spec]), g.key.spec})
	}
	return out
}

func (g *agg) finding(s *Spec) report.Finding {
	c := checkByID(g.key.check)
	ev := g.evidence
	ev.Count = g.count
	if g.firstSeen {
		ev.FirstSeen, ev.LastSeen = g.first.UTC().Format(time.RFC3339), g.last.UTC().Format(time.RFC3339)
	}
	file := g.key.file
	if file == "" {
		file = s.Path
	}
	f := report.Finding{RuleID: c.ID, Severity: g.severity, Title: c.Title, File: file, Pointer: g.key.pointer,
		OWASP: c.OWASP, CWE: c.CWE, Remediation: c.Remediation, Evidence: &ev, Ruleset: "recommended",
		Message: fmt.Sprintf("%s (%s, first at %s)", g.what, requests(g.count), captureLoc(ev))}
	if g.summary {
		f.Message = g.what
	}
	f.Line, f.Column = locate(s.Doc, file, g.key.pointer)
	f.Fingerprint = report.Fingerprint(c.ID, file, g.key.pointer+"#"+g.key.detail)
	return f
}

func requests(n int) string {
	if n == 1 {
		return "1 request"
	}
	return fmt.Sprintf("%d requests", n)
}

// captureLoc names where the first request is in its capture.
func captureLoc(ev report.Evidence) string {
	if ev.Entry > 0 {
		return fmt.Sprintf("%s entry %d", ev.Capture, ev.Entry)
	}
	if ev.Line > 0 {
		return fmt.Sprintf("%s:%d", ev.Capture, ev.Line)
	}
	return ev.Capture
}

// locate finds the line and column of pointer, or of the deepest element
// it reaches (a shadow endpoint's pointer names where it would be written).
func locate(doc *loader.Document, file, pointer string) (int, int) {
	f := doc.File(file)
	if f == nil {
		return 1, 1
	}
	line, col, _ := f.Locate(pointer)
	return line, col
}
