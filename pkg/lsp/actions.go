package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/oasguard/oasguard/pkg/loader"
)

// codeAction offers, for each finding in the range: an inline
// x-oasguard-ignore entry with a reason to fill in, on the nearest object
// that covers the finding; and opening the rule's documentation.
func (s *Server) codeAction(_ *glsp.Context, p *protocol.CodeActionParams) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	uri := p.TextDocument.URI
	wanted := map[diagData]bool{}
	for _, d := range p.Context.Diagnostics {
		var dd diagData
		if b, err := json.Marshal(d.Data); err == nil && json.Unmarshal(b, &dd) == nil && dd.RuleID != "" {
			wanted[dd] = true
		}
	}
	actions := []protocol.CodeAction{}
	for _, e := range s.entriesFor(uri) {
		if e.finding == nil {
			continue
		}
		dd := diagData{RuleID: e.finding.RuleID, Pointer: e.finding.Pointer}
		if !wanted[dd] && !overlaps(e.diag.Range, p.Range) {
			continue
		}
		diag := []protocol.Diagnostic{e.diag}
		if edit, ok := s.ignoreEdit(uri, e); ok {
			kind := protocol.CodeActionKindQuickFix
			actions = append(actions, protocol.CodeAction{
				Title: fmt.Sprintf("Ignore %s here (x-oasguard-ignore, reason to fill in)", dd.RuleID),
				Kind:  &kind, Diagnostics: diag,
				Edit: &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{uri: {edit}}},
			})
		}
		if href := s.pol.docsFor(dd.RuleID); href != "" {
			kind := protocol.CodeActionKindQuickFix
			actions = append(actions, protocol.CodeAction{
				Title: fmt.Sprintf("Open the documentation of %s", dd.RuleID), Kind: &kind, Diagnostics: diag,
				Command: &protocol.Command{Title: "Open rule documentation", Command: cmdOpenDocs, Arguments: []any{href}},
			})
		}
	}
	return actions, nil
}

func overlaps(a, b protocol.Range) bool { return !before(a.End, b.Start) && !before(b.End, a.Start) }

// ignoreReason is the placeholder the user replaces with the real reason.
const ignoreReason = "TODO: reason"

// ignoreEdit inserts `x-oasguard-ignore: {<rule>: "TODO: reason"}` (or an
// entry in an existing x-oasguard-ignore map) into the nearest object at or
// above the finding's element that may hold an extension. It needs the text
// the finding was computed on: none is offered on a document edited since.
func (s *Server) ignoreEdit(uri string, e entry) (protocol.TextEdit, bool) {
	src := e.src
	if src == nil || src.file.Root == nil {
		return protocol.TextEdit{}, false
	}
	if d := s.docs[uri]; d != nil && !bytes.Equal(d.text, src.file.Data) {
		return protocol.TextEdit{}, false
	}
	host := ignoreHost(src.file.Root, e.finding.Pointer)
	if host == nil {
		return protocol.TextEdit{}, false
	}
	json := src.file.Format == "json"
	rule := e.finding.RuleID
	entryText := rule + `: "` + ignoreReason + `"`
	if json {
		entryText = `"` + rule + `": "` + ignoreReason + `"`
	}
	loc := src.locator()
	target, text := host, ignoreText(rule, json)
	if ig := host.Get("x-oasguard-ignore"); ig != nil {
		if ig.Kind != loader.MapNode {
			return protocol.TextEdit{}, false
		}
		target, text = ig, entryText
	}
	off, sep, ok := insertionPoint(src.file.Data, loc, target, json)
	if !ok {
		return protocol.TextEdit{}, false
	}
	pos := src.text.position(off)
	return protocol.TextEdit{Range: protocol.Range{Start: pos, End: pos}, NewText: text + sep}, true
}

func ignoreText(rule string, json bool) string {
	if json {
		return `"x-oasguard-ignore": {"` + rule + `": "` + ignoreReason + `"}`
	}
	return `x-oasguard-ignore: {` + rule + `: "` + ignoreReason + `"}`
}

// insertionPoint is where a member goes in map m: before its first member,
// followed by sep (a newline and the indentation in block style, ", " in
// flow style), or inside an empty map's braces.
func insertionPoint(data []byte, loc *loader.Locator, m *loader.Node, json bool) (int, string, bool) {
	if len(m.Kids) == 0 {
		off := loc.Offset(m.Line, m.Col)
		if off < len(data) && data[off] == '{' {
			return off + 1, "", true
		}
		return 0, "", false
	}
	first := m.Kids[0]
	off := loc.Offset(first.KeyLine, first.KeyCol)
	lineStart := bytes.LastIndexByte(data[:off], '\n') + 1
	prefix := data[lineStart:off]
	trimmed := bytes.TrimRight(prefix, " \t")
	comma := ","
	if !json {
		comma = ""
	}
	switch {
	case len(trimmed) > 0 && (trimmed[len(trimmed)-1] == '{' || trimmed[len(trimmed)-1] == ','):
		return off, ", ", true // flow style: {a: 1} or {"a": 1}
	case len(bytes.TrimLeft(trimmed, " -")) == 0:
		// block style: the first key starts its line (after "- " for a
		// sequence item); the key that follows keeps its column.
		return off, comma + "\n" + strings.Repeat(" ", len(prefix)), true
	}
	return 0, "", false
}

// ignoreHost is the map that an x-oasguard-ignore for the element at
// pointer goes in: the element itself or its nearest ancestor that is an
// OpenAPI object (not a map of names, where an x- key would be read as a
// name, and not example or extension data).
func ignoreHost(root *loader.Node, pointer string) *loader.Node {
	nodes := []*loader.Node{root}
	toks := []string{""}
	if pointer != "" {
		for _, tok := range strings.Split(strings.TrimPrefix(pointer, "/"), "/") {
			tok = loader.Unescape(tok)
			n, _ := nodes[len(nodes)-1].Lookup("/" + loader.Escape(tok))
			if n == nil {
				break
			}
			nodes, toks = append(nodes, n), append(toks, tok)
		}
	}
	for i := len(nodes) - 1; i >= 0; i-- {
		if nodes[i].Kind == loader.MapNode && canHostExtension(toks[:i+1], nodes[:i+1]) {
			return nodes[i]
		}
	}
	return nil
}

// nameMaps are the keys whose map values are keyed by names.
var nameMaps = map[string]bool{
	"properties": true, "patternProperties": true, "definitions": true, "$defs": true, "dependentSchemas": true,
	"schemas": true, "parameters": true, "securitySchemes": true, "examples": true, "headers": true, "links": true,
	"callbacks": true, "requestBodies": true, "pathItems": true, "content": true, "encoding": true,
	"variables": true, "mapping": true, "scopes": true, "securityDefinitions": true, "webhooks": true,
	"responses": false, "paths": false,
}

// literal are the keys whose values are data, not OpenAPI objects.
var literal = map[string]bool{"example": true, "default": true, "enum": true, "const": true, "x-example": true}

func canHostExtension(toks []string, nodes []*loader.Node) bool {
	last := len(toks) - 1
	if last > 0 && nameMaps[toks[last]] && nodes[last-1].Kind == loader.MapNode {
		return false
	}
	for i, t := range toks {
		if i == 0 {
			continue
		}
		if literal[t] || strings.HasPrefix(t, "x-") {
			return false
		}
		// Security requirements map scheme names to scopes.
		if t == "security" && i < last {
			return false
		}
	}
	return true
}
