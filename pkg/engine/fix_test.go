package engine

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// evaluateText scans a document given as text with the recommended rules.
func evaluateText(t *testing.T, text string) (string, []report.Finding) {
	dir := t.TempDir()
	path := filepath.Join(dir, "api.yaml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	doc, err := loader.LoadFile(path, loader.Options{RefRoot: dir, Validator: testValidator(t)})
	if err != nil {
		t.Fatal(err)
	}
	fs, errs := recommendedEngine(t).Evaluate(context.Background(), doc)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return doc.Path, fs
}

func ofRule(fs []report.Finding, id string) []report.Finding {
	var out []report.Finding
	for _, f := range fs {
		if f.RuleID == id {
			out = append(out, f)
		}
	}
	return out
}

const unsecured = `openapi: 3.0.3
info: {title: Pets, version: 1.0.0}
servers: [{url: "https://api.example.com"}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-API-Key}
paths:
  /pets:
    get:
      responses: {"200": {description: ok}}
    post:
      responses: {"201": {description: ok}}
  /pets/{id}:
    delete:
      parameters: [{name: id, in: path, required: true, schema: {type: string, format: uuid}}]
      responses: {"204": {description: ok}}
`

// TestGroupedAtRoot: a document that requires authentication nowhere gets
// one finding at its root, every operation an occurrence with a location,
// and the fingerprint does not change when an operation is added.
func TestGroupedAtRoot(t *testing.T) {
	path, fs := evaluateText(t, unsecured)
	got := ofRule(fs, "operation-without-security")
	if len(got) != 1 {
		t.Fatalf("%d findings, want 1: %+v", len(got), got)
	}
	f := got[0]
	if f.Pointer != "" || f.Line != 1 || len(f.Occurrences) != 3 || f.Ruleset != "recommended" {
		t.Fatalf("finding %+v", f)
	}
	for _, o := range f.Occurrences {
		if o.File != path || o.Line < 8 || o.Column < 1 || !strings.HasPrefix(o.Pointer, "/paths/") {
			t.Errorf("occurrence %+v", o)
		}
	}
	if f.Fingerprint != report.Fingerprint("operation-without-security", path, "") {
		t.Errorf("fingerprint %s is not rule + file + root", f.Fingerprint)
	}
	if len(ofRule(fs, "object-access-without-security")) != 0 {
		t.Error("object-access-without-security repeats the root finding on DELETE /pets/{id}")
	}
	path2, more := evaluateText(t, strings.Replace(unsecured, "paths:\n", "paths:\n  /owners:\n    get:\n      responses: {\"200\": {description: ok}}\n", 1))
	g := ofRule(more, "operation-without-security")
	if len(g) != 1 || g[0].Fingerprint != report.Fingerprint("operation-without-security", path2, "") || len(g[0].Occurrences) != 4 {
		t.Errorf("after adding an operation: %+v", g)
	}
}

// TestGroupedAtScheme: scopes listed for a bearer scheme on every operation
// are one finding at the scheme.
func TestGroupedAtScheme(t *testing.T) {
	_, fs := evaluateText(t, `openapi: 3.0.3
info: {title: Pets, version: 1.0.0}
servers: [{url: "https://api.example.com"}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer, bearerFormat: JWT}
paths:
  /pets:
    get:
      security: [{bearer: ["pets:read"]}]
      responses: {"200": {description: ok}}
    post:
      security: [{bearer: ["pets:write"]}]
      responses: {"201": {description: ok}}
`)
	got := ofRule(fs, "scopes-on-non-oauth-scheme")
	if len(got) != 1 || got[0].Pointer != "/components/securitySchemes/bearer" || len(got[0].Occurrences) != 2 {
		t.Fatalf("want one finding at the scheme with 2 occurrences: %+v", got)
	}
}

// TestSupersededOnTheSameNode: an anonymous object access is reported once,
// by the specific rule.
func TestSupersededOnTheSameNode(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "specs-examples", "object-access-without-security", "bad.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	_, fs := evaluateText(t, string(data))
	const op = "/paths/~1orders~1{orderId}/get"
	rules := map[string]bool{}
	for _, f := range fs {
		if f.Pointer == op {
			rules[f.RuleID] = true
		}
	}
	if !rules["object-access-without-security"] || rules["operation-without-security"] {
		t.Errorf("rules at %s: %v, want object-access-without-security alone", op, rules)
	}
}
