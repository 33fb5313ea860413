package lsp

import (
	"cmp"
	"fmt"
	"slices"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// diagData is the data a diagnostic carries back in code action requests.
type diagData struct {
	RuleID  string `json:"ruleId"`
	Pointer string `json:"pointer"`
}

// diagnostic maps a finding: the range of the key or value to change, the
// severity, the rule as code with a link to its documentation, and the
// finding's other occurrences as related information.
func (s *Server) diagnostic(snap snapshot, r *checkResult, f *report.Finding, uris map[string]string) protocol.Diagnostic {
	src := sourceName
	sev := severity(f.Severity)
	d := protocol.Diagnostic{
		Range:    r.rangeOf(uris[f.File], f.Pointer),
		Severity: &sev,
		Code:     &protocol.IntegerOrString{Value: f.RuleID},
		Source:   &src,
		Message:  f.Message,
		Data:     diagData{RuleID: f.RuleID, Pointer: f.Pointer},
	}
	if href := snap.pol.docsFor(f.RuleID); href != "" {
		d.CodeDescription = &protocol.CodeDescription{HRef: href}
	}
	for _, o := range f.Occurrences {
		uri, ok := uris[o.File]
		if !ok {
			continue
		}
		d.RelatedInformation = append(d.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: uri, Range: r.rangeOf(uri, o.Pointer)},
			Message:  fmt.Sprintf("%s also applies here (%s)", f.RuleID, o.Pointer),
		})
	}
	return d
}

// rangeOf is the range of the element at pointer in a file the check read:
// its value when it is a scalar, else its key (or first line).
func (r *checkResult) rangeOf(uri, pointer string) protocol.Range {
	src := r.sources[uri]
	if src == nil || src.file.Root == nil {
		return protocol.Range{}
	}
	n, e, _ := src.locator().Extent(pointer)
	start, end := e.ValueStart, e.ValueEnd
	if e.HasKey && (n.Kind == loader.MapNode || n.Kind == loader.SeqNode) {
		start, end = e.KeyStart, e.KeyEnd
	}
	return src.text.rangeOf(start, end)
}

func (s *source) locator() *loader.Locator {
	if s.loc == nil {
		s.loc = loader.NewLocator(s.file)
	}
	return s.loc
}

// docsFor is the documentation URL of a rule: its section in the rule
// reference for a built-in rule, its first reference for a custom one.
func (p *policy) docsFor(ruleID string) string {
	r, ok := p.rules[ruleID]
	switch {
	case !ok:
		return ""
	case r.Builtin:
		return p.docsURL + "#" + ruleID
	case len(r.References) > 0 && isWebURL(r.References[0]):
		return r.References[0]
	}
	return ""
}

// severity maps a finding's severity: critical and high are errors, medium
// warnings, low information, info hints.
func severity(s report.Severity) protocol.DiagnosticSeverity {
	switch s {
	case report.Critical, report.High:
		return protocol.DiagnosticSeverityError
	case report.Medium:
		return protocol.DiagnosticSeverityWarning
	case report.Low:
		return protocol.DiagnosticSeverityInformation
	}
	return protocol.DiagnosticSeverityHint
}

// publishChanged publishes the diagnostics of every file whose diagnostics
// came from old or come from new. Call with mu held.
func (s *Server) publishChanged(old, new *checkResult) {
	uris := map[string]bool{}
	for _, r := range []*checkResult{old, new} {
		if r != nil {
			for u := range r.entries {
				uris[u] = true
			}
		}
	}
	for u := range s.published {
		if !s.hasEntries(u) {
			uris[u] = true
		}
	}
	for u := range uris {
		s.publish(u, false)
	}
}

func (s *Server) hasEntries(uri string) bool {
	for _, r := range s.results {
		if len(r.entries[uri]) > 0 {
			return true
		}
	}
	return false
}

// entriesFor merges the entries of a file from every check that reached it,
// once each, worst first. Call with mu held.
func (s *Server) entriesFor(uri string) []entry {
	var out []entry
	seen := map[string]bool{}
	for _, r := range s.results {
		for _, e := range r.entries[uri] {
			k := e.diag.Message
			if e.finding != nil {
				k = e.finding.RuleID + "\x00" + e.finding.Pointer
			}
			if !seen[k] {
				seen[k] = true
				out = append(out, e)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b entry) int {
		if c := cmp.Compare(*a.diag.Severity, *b.diag.Severity); c != 0 {
			return c
		}
		if c := cmp.Compare(a.diag.Range.Start.Line, b.diag.Range.Start.Line); c != 0 {
			return c
		}
		return cmp.Compare(a.diag.Range.Start.Character, b.diag.Range.Start.Character)
	})
	return out
}

// publish sends the diagnostics of one file, capped with a summary; an
// empty list only to clear what was shown, unless always. Call with mu held.
func (s *Server) publish(uri string, always bool) {
	entries := s.entriesFor(uri)
	diags := make([]protocol.Diagnostic, 0, min(len(entries), s.maxDiagnostics()))
	limit := s.maxDiagnostics()
	for i, e := range entries {
		if len(entries) > limit && i == limit-1 {
			sev := protocol.DiagnosticSeverityInformation
			src := sourceName
			diags = append(diags, protocol.Diagnostic{Severity: &sev, Source: &src,
				Message: fmt.Sprintf("%d more findings are not shown (at most %d per file): run `oasguard scan` on this file for all of them", len(entries)-i, limit)})
			break
		}
		diags = append(diags, e.diag)
	}
	if len(diags) == 0 && !s.published[uri] && !always {
		return
	}
	s.published[uri] = len(diags) > 0
	if len(diags) == 0 {
		delete(s.published, uri)
	}
	p := protocol.PublishDiagnosticsParams{URI: uri, Diagnostics: diags}
	if d := s.docs[uri]; d != nil {
		v := protocol.UInteger(d.version)
		p.Version = &v
	}
	s.conn.notify(protocol.ServerTextDocumentPublishDiagnostics, p)
}

func (s *Server) maxDiagnostics() int {
	if s.pol != nil && s.pol.maxDiag > 0 {
		return s.pol.maxDiag
	}
	return DefaultMaxDiagnostics
}
