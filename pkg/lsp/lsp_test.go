package lsp

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

func TestDiagnosticsFollowEdits(t *testing.T) {
	insecure, secure := showcase(t, "insecure-api.yaml"), showcase(t, "secure-api.yaml")
	dir := workspace(t, map[string]string{"api.yaml": insecure})
	c := newClient(t, Options{})
	res := c.initialize(dir, nil)
	caps := res["capabilities"].(map[string]any)
	if caps["positionEncoding"] != "utf-16" || caps["hoverProvider"] != true {
		t.Errorf("capabilities: %v", caps)
	}
	uri := c.open(filepath.Join(dir, "api.yaml"), insecure)
	ds := c.waitFor(uri, "api-key-in-query", withRule("api-key-in-query"))
	d := findRule(ds, "api-key-in-query")
	// api-key-in-query is medium: a warning.
	if *d.Source != "oasguard" || *d.Severity != protocol.DiagnosticSeverityWarning {
		t.Errorf("source %q severity %d", *d.Source, *d.Severity)
	}
	if d.CodeDescription == nil || d.CodeDescription.HRef != DefaultDocsURL+"#api-key-in-query" {
		t.Errorf("codeDescription %+v", d.CodeDescription)
	}
	// The finding is on the scheme's `in: query`, a scalar: its value.
	line := lineOf(insecure, "      in: query")
	if d.Range.Start != (protocol.Position{Line: protocol.UInteger(line), Character: 10}) ||
		d.Range.End != (protocol.Position{Line: protocol.UInteger(line), Character: 15}) {
		t.Errorf("range %+v, want line %d characters 10-15", d.Range, line)
	}
	if len(ds) < 25 {
		t.Errorf("%d diagnostics, want the showcase's ~40 (recommended ruleset)", len(ds))
	}
	// Every diagnostic of a rule grouping several places relates them.
	c.replace(uri, secure)
	c.waitFor(uri, "no diagnostics", empty)
	p, _ := c.published(uri)
	if p.Version == nil || *p.Version != 2 {
		t.Errorf("published version %v, want 2", p.Version)
	}
	// A save re-checks too.
	c.replace(uri, insecure)
	c.waitFor(uri, "findings again", withRule("api-key-in-query"))
}

// A finding on a scalar covers its value, in UTF-16 code units by default
// and in bytes when the client prefers UTF-8, on a line with non-ASCII text.
func TestPositionEncodings(t *testing.T) {
	spec := "openapi: 3.0.3\ninfo: {title: \"Café ☕\", version: \"1\"}\npaths: {}\ncomponents:\n  securitySchemes:\n" +
		"    o: {type: oauth2, description: \"été 😀 ü\", flows: {implicit: {scopes: {}, authorizationUrl: \"http://auth.example.com/a\"}}}\n"
	value := `"http://auth.example.com/a"`
	lineText := strings.Split(spec, "\n")[5]
	prefix := lineText[:strings.Index(lineText, value)]
	for _, enc := range []string{"utf-16", "utf-8"} {
		t.Run(enc, func(t *testing.T) {
			dir := workspace(t, map[string]string{"api.yaml": spec})
			c := newClient(t, Options{})
			res := c.initialize(dir, nil, enc)
			if got := res["capabilities"].(map[string]any)["positionEncoding"]; got != enc {
				t.Fatalf("negotiated %v", got)
			}
			uri := c.open(filepath.Join(dir, "api.yaml"), spec)
			d := findRule(c.waitFor(uri, "oauth2-url-insecure", withRule("oauth2-url-insecure")), "oauth2-url-insecure")
			start := len(prefix)
			if enc == "utf-16" {
				start = len(utf16.Encode([]rune(prefix)))
			}
			want := protocol.Range{Start: protocol.Position{Line: 5, Character: protocol.UInteger(start)},
				End: protocol.Position{Line: 5, Character: protocol.UInteger(start + len(value))}}
			if d.Range != want {
				t.Errorf("range %+v, want %+v", d.Range, want)
			}
		})
	}
}

func TestHalfTypedDocument(t *testing.T) {
	insecure := showcase(t, "insecure-api.yaml")
	dir := workspace(t, nil)
	c := newClient(t, Options{})
	c.initialize(dir, nil)
	uri := c.open(filepath.Join(dir, "api.yaml"), insecure)
	c.waitFor(uri, "findings", withRule("api-key-in-query"))
	broken := strings.Replace(insecure, "    apiKey:\n", "    apiKey: [\n", 1)
	c.replace(uri, broken)
	ds := c.waitFor(uri, "one parse error", func(ds []protocol.Diagnostic) bool { return len(ds) == 1 })
	if *ds[0].Severity != protocol.DiagnosticSeverityError || !strings.Contains(ds[0].Message, "api.yaml") {
		t.Errorf("parse diagnostic %+v", ds[0])
	}
	if int(ds[0].Range.Start.Line) < lineOf(insecure, "    apiKey:") {
		t.Errorf("parse error at line %d, before the edit", ds[0].Range.Start.Line)
	}
	c.replace(uri, insecure)
	c.waitFor(uri, "findings back", withRule("api-key-in-query"))
}

func TestNotOpenAPIGetsNothing(t *testing.T) {
	dir := workspace(t, nil)
	c := newClient(t, Options{})
	c.initialize(dir, nil)
	other := c.open(filepath.Join(dir, "docker-compose.yaml"), "services:\n  web: {image: nginx}\n")
	broken := c.open(filepath.Join(dir, "notes.yaml"), "a: [\n")
	api := c.open(filepath.Join(dir, "api.yaml"), showcase(t, "insecure-api.yaml"))
	c.waitFor(api, "findings", withRule("api-key-in-query"))
	c.settle()
	for _, u := range []string{other, broken} {
		if p, ok := c.published(u); ok {
			t.Errorf("%s got diagnostics %s", u, dump(p.Diagnostics))
		}
	}
}

const fragRoot = `openapi: 3.0.3
info: {title: t, version: "1"}
servers: [{url: "https://api.example.com"}]
security: [{bearer: []}]
paths:
  /users/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string, format: uuid}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "schemas.yaml#/User"}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer, bearerFormat: JWT}
`

const fragment = `User:
  type: object
  properties:
    name: {type: string, maxLength: 10}
    password: {type: string, maxLength: 10}
`

func TestFragmentFindingsAndEdits(t *testing.T) {
	dir := workspace(t, map[string]string{"root.yaml": fragRoot, "schemas.yaml": fragment})
	c := newClient(t, Options{})
	c.initialize(dir, nil)
	root := c.open(filepath.Join(dir, "root.yaml"), fragRoot)
	frag := pathToURI(filepath.Join(dir, "schemas.yaml"))
	d := findRule(c.waitFor(frag, "password-in-response in the fragment", withRule("password-in-response")), "password-in-response")
	if d.Range.Start.Line != 4 || d.Range.Start.Character != 4 {
		t.Errorf("range %+v, want the password key on line 4", d.Range)
	}
	if p, _ := c.published(root); findRule(p.Diagnostics, "password-in-response") != nil {
		t.Error("the fragment's finding is shown in the root")
	}
	// Editing the open fragment (unsaved) re-checks the root that reads it.
	c.open(filepath.Join(dir, "schemas.yaml"), fragment)
	c.replace(frag, strings.Replace(fragment, "password", "nickname", 1))
	c.waitFor(frag, "the finding gone", func(ds []protocol.Diagnostic) bool { return findRule(ds, "password-in-response") == nil })
	// A half-typed fragment gets its syntax error, not stale findings.
	c.replace(frag, fragment+"  broken: [\n")
	ds := c.waitFor(frag, "the fragment's parse error", func(ds []protocol.Diagnostic) bool {
		return len(ds) == 1 && findRule(ds, "password-in-response") == nil
	})
	if ds[0].Range.Start.Line < 5 {
		t.Errorf("parse error at %+v, want after line 5", ds[0].Range)
	}
	c.replace(frag, fragment)
	c.waitFor(frag, "the finding back", withRule("password-in-response"))
}

func TestRefOutsideWorkspaceIsNotRead(t *testing.T) {
	parent := workspace(t, map[string]string{"secret.yaml": "User:\n  type: object\n  properties:\n    password: {type: string}\n"})
	dir := filepath.Join(parent, "ws")
	spec := strings.Replace(fragRoot, "schemas.yaml#/User", "../secret.yaml#/User", 1)
	workspaceFiles(t, dir, map[string]string{"root.yaml": spec})
	c := newClient(t, Options{})
	c.initialize(dir, nil)
	root := c.open(filepath.Join(dir, "root.yaml"), spec)
	ds := c.waitFor(root, "a finding about the ref", func(ds []protocol.Diagnostic) bool {
		for _, d := range ds {
			if strings.Contains(d.Message, "outside") {
				return true
			}
		}
		return false
	})
	c.settle()
	if p, ok := c.published(pathToURI(filepath.Join(parent, "secret.yaml"))); ok {
		t.Errorf("the file outside the workspace was read: %s", dump(p.Diagnostics))
	}
	if findRule(ds, "password-in-response") != nil {
		t.Error("the schema outside the workspace was scanned")
	}
}

func TestHoverAndCodeActions(t *testing.T) {
	for _, tc := range []struct{ name, spec string }{
		{"api.yaml", showcase(t, "insecure-api.yaml")},
		{"api.json", `{
  "openapi": "3.0.3",
  "info": {"title": "t", "version": "1"},
  "paths": {},
  "components": {
    "securitySchemes": {
      "apiKey": {"type": "apiKey", "in": "query", "name": "key"}
    }
  }
}
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := workspace(t, nil)
			c := newClient(t, Options{})
			c.initialize(dir, nil)
			uri := c.open(filepath.Join(dir, tc.name), tc.spec)
			d := findRule(c.waitFor(uri, "api-key-in-query", withRule("api-key-in-query")), "api-key-in-query")
			var hover protocol.Hover
			if err := c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri},
				"position": d.Range.Start}, &hover); err != nil {
				t.Fatal(err)
			}
			md, _ := json.Marshal(hover.Contents)
			for _, want := range []string{"API key sent in the query string", "Why it matters", "Remediation", "api-key-in-query"} {
				if !strings.Contains(string(md), want) {
					t.Errorf("hover lacks %q: %s", want, md)
				}
			}
			var actions []protocol.CodeAction
			if err := c.call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri},
				"range": d.Range, "context": map[string]any{"diagnostics": []any{d}}}, &actions); err != nil {
				t.Fatal(err)
			}
			var edit *protocol.WorkspaceEdit
			docs := false
			for _, a := range actions {
				if strings.Contains(a.Title, "Ignore api-key-in-query") {
					edit = a.Edit
				}
				if a.Command != nil && a.Command.Command == cmdOpenDocs && a.Command.Arguments[0] == DefaultDocsURL+"#api-key-in-query" {
					docs = true
				}
			}
			if edit == nil || !docs {
				t.Fatalf("actions %+v", actions)
			}
			fixed := applyEdits(t, tc.spec, edit.Changes[uri])
			if !strings.Contains(fixed, "x-oasguard-ignore") || !strings.Contains(fixed, "TODO: reason") {
				t.Fatalf("edit did not add the ignore:\n%s", fixed)
			}
			c.replace(uri, fixed)
			c.waitFor(uri, "the finding ignored", func(ds []protocol.Diagnostic) bool {
				// The JSON spec has nothing else to report in the recommended ruleset.
				return findRule(ds, "api-key-in-query") == nil && (len(ds) > 0 || tc.name == "api.json")
			})
			p, _ := c.published(uri)
			for _, d := range p.Diagnostics {
				if strings.Contains(d.Message, "x-oasguard-ignore") || strings.Contains(d.Message, "parse") {
					t.Errorf("the edit made the spec worse: %s", d.Message)
				}
			}
		})
	}
}

// applyEdits applies text edits given in UTF-16 positions.
func applyEdits(t *testing.T, text string, edits []protocol.TextEdit) string {
	t.Helper()
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		tx := newText([]byte(text), encUTF16)
		start, end := tx.offset(e.Range.Start), tx.offset(e.Range.End)
		text = text[:start] + e.NewText + text[end:]
	}
	return text
}
