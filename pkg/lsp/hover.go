package lsp

import (
	"fmt"
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// hover explains the findings at a position: each rule's title, why it
// matters and its remediation.
func (s *Server) hover(_ *glsp.Context, p *protocol.HoverParams) (*protocol.Hover, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var parts []string
	var at *protocol.Range
	for _, e := range s.entriesFor(p.TextDocument.URI) {
		if e.finding == nil || !contains(e.diag.Range, p.Position) {
			continue
		}
		parts = append(parts, s.explain(e))
		if at == nil {
			r := e.diag.Range
			at = &r
		}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown,
		Value: strings.Join(parts, "\n\n---\n\n")}, Range: at}, nil
}

func (s *Server) explain(e entry) string {
	f := e.finding
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (`%s`, %s)\n\n%s", mdEscape(f.Title), f.RuleID, f.Severity, mdEscape(f.Message))
	if r, ok := s.pol.rules[f.RuleID]; ok && r.Description != "" {
		fmt.Fprintf(&b, "\n\n**Why it matters:** %s", mdEscape(r.Description))
	}
	if f.Remediation != "" {
		fmt.Fprintf(&b, "\n\n**Remediation:** %s", mdEscape(f.Remediation))
	}
	if href := s.pol.docsFor(f.RuleID); href != "" {
		fmt.Fprintf(&b, "\n\n[Documentation of %s](%s)", f.RuleID, href)
	}
	return b.String()
}

// mdEscape keeps text that comes from the spec (messages quote it) from
// being read as Markdown: no links, images or HTML can be made of it.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_{}[]()<>#+!|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// contains reports whether p lies in r (its end included, so that a cursor
// right after a key still hovers it).
func contains(r protocol.Range, p protocol.Position) bool {
	return !before(p, r.Start) && !before(r.End, p)
}

func before(a, b protocol.Position) bool {
	return a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character)
}
