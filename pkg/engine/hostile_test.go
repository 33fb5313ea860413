package engine

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

// Regression tests for hostile documents and failing rules, listed in
// docs/security.md.

func hostileRule(id, body string) string {
	pkg := strings.ReplaceAll(id, "-", "_")
	return `# METADATA
# title: ` + id + `
# custom:
#   id: ` + id + `
#   severity: high
#   owasp: [API8:2023]
#   remediation: none
package oasguard.rules.test.` + pkg + `

` + body
}

const (
	goodRule = `findings contains {"pointer": op.pointer, "file": op.file, "message": "operation"} if {
	some op in input.operations
}`
	conflictRule = `findings contains {"pointer": "", "message": sprintf("%v", [val])} if val

val := 1 if input.oas
val := 2 if input.oas`
	functionConflictRule = `f(x) := 1 if x
f(x) := 2 if x

findings contains {"pointer": "", "message": "never"} if f(true) == 1`
	runawayRule = `findings contains {"pointer": "", "message": "never"} if {
	some i in numbers.range(1, 100000)
	some j in numbers.range(1, 100000)
	i + j < 0
}`
)

// hostileEngine compiles the given rules (id → body).
func hostileEngine(t *testing.T, timeout time.Duration, rs map[string]string) *Engine {
	t.Helper()
	fsys := fstest.MapFS{}
	for id, body := range rs {
		fsys[id+".rego"] = &fstest.MapFile{Data: []byte(hostileRule(id, body))}
	}
	set, err := rules.Load(fsys, "test", false)
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(context.Background(), set, timeout)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

const hostileSpec = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
  /b:
    post:
      responses: {'200': {description: ok}}
`

func hostileDoc(t *testing.T, data string) *loader.Document {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "api.yaml")
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := loader.LoadFile(p, loader.Options{RefRoot: dir, SkipValidation: true})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestHostileRuleConflict(t *testing.T) {
	e := hostileEngine(t, 0, map[string]string{"good": goodRule, "conflict": conflictRule, "function-conflict": functionConflictRule})
	findings, errs := e.Evaluate(context.Background(), hostileDoc(t, hostileSpec))
	if len(findings) != 2 {
		t.Errorf("%d findings, want the good rule's 2: %+v", len(findings), findings)
	}
	for _, f := range findings {
		if f.RuleID != "good" || f.Line < 1 {
			t.Errorf("unexpected finding %+v", f)
		}
	}
	failed := map[string]string{}
	for _, err := range errs {
		var re RuleError
		if !errors.As(err, &re) {
			t.Errorf("error %v is not a RuleError", err)
			continue
		}
		failed[re.RuleID] = re.Error()
	}
	for _, id := range []string{"conflict", "function-conflict"} {
		if !strings.Contains(failed[id], "conflict") {
			t.Errorf("rule %s: error %q, want a conflict error", id, failed[id])
		}
	}
	if len(failed) != 2 {
		t.Errorf("failed rules %v, want exactly the two conflicting ones", failed)
	}
}

func TestHostileRuleTimeout(t *testing.T) {
	const limit = 300 * time.Millisecond
	e := hostileEngine(t, limit, map[string]string{"good": goodRule, "runaway": runawayRule})
	start := time.Now()
	_, errs := e.Evaluate(context.Background(), hostileDoc(t, hostileSpec))
	if d := time.Since(start); d > limit+5*time.Second {
		t.Errorf("a runaway rule ran for %s with a %s limit", d, limit)
	}
	if len(errs) == 0 || !strings.Contains(errs[0].Error(), "stopped after "+limit.String()) {
		t.Errorf("errors %v, want the time limit reported", errs)
	}
}

// hostileInputs are broken documents scanned together with a good one.
// fatal: the input cannot be parsed at all; want: in the error or, for
// documents that load, nothing.
var hostileInputs = []struct {
	name, data string
	fatal      bool
	want       []string
}{
	{"good.yaml", hostileSpec, false, nil},
	{"empty.yaml", "", true, []string{"empty file"}},
	{"binary.json", "{\x00\x01", true, []string{"binary"}},
	{"latin1.yaml", "openapi: 3.0.3\ninfo: {title: caf\xe9}\n", true, []string{"UTF-8"}},
	{"truncated.json", "{\"openapi\": \"3.0.3\",\n\"info\": {", true, []string{"invalid JSON", "line 2"}},
	{"deep.json", strings.Repeat("[", 100_000), true, []string{"nesting deeper", "line 1"}},
	{"deep.yaml", "openapi: 3.0.3\nx: " + strings.Repeat("{a: ", 100_000) + "\n", true, []string{"max depth", "line 2"}},
	{"bomb.yaml", "openapi: 3.0.3\n" + hostileBomb(), true, []string{"alias", "line"}},
	{"notopenapi.yaml", "a: 1\n", true, []string{"not an OpenAPI document"}},
	{"bom.yaml", "\xef\xbb\xbf" + hostileSpec, false, nil},
	{"dups.yaml", hostileSpec + "info: {title: again, version: '2'}\n", false, nil},
	{"wrongtypes.yaml", "openapi: 3.0.3\ninfo: 5\nservers: {url: 1}\npaths: {/a: [get], /b: {get: 5, parameters: x}}\ncomponents: {schemas: 5, securitySchemes: [1]}\nsecurity: x\n", false, nil},
	{"numbers.json", `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x": [1e400, ` + strings.Repeat("9", 1000) + `, -0]}`, false, nil},
	{"regex.yaml", hostileSpec + "components: {schemas: {A: {type: string, pattern: '(unclosed'}, B: {type: string, pattern: '(?<=a)b'}}}\n", false, nil},
	{"refs.yaml", hostileSpec + "components: {schemas: {A: {$ref: '#/components/schemas/A'}, B: {$ref: '../../etc/passwd'}, C: {$ref: 'https://example.com/x.yaml'}}}\n", false, nil},
}

func hostileBomb() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		n := string(rune('0' + i))
		p := string(rune('0' + i - 1))
		b.WriteString("a" + n + ": &a" + n + " [" + strings.TrimSuffix(strings.Repeat("*a"+p+", ", 10), ", ") + "]\n")
	}
	return b.String()
}

func TestHostileScanBrokenInputs(t *testing.T) {
	e := builtinEngine(t)
	dir := t.TempDir()
	var paths []string
	for _, in := range hostileInputs {
		p := filepath.Join(dir, in.name)
		if err := os.WriteFile(p, []byte(in.data), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	start := time.Now()
	results := e.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: dir}}, false)
	if d := time.Since(start); d > 60*time.Second {
		t.Errorf("scan of the hostile inputs took %s", d)
	}
	if len(results) != len(hostileInputs) {
		t.Fatalf("%d results for %d inputs", len(results), len(hostileInputs))
	}
	for i, in := range hostileInputs {
		r := results[i]
		if !strings.HasSuffix(r.File.Path, in.name) {
			t.Errorf("result %d is %s, want %s (input order)", i, r.File.Path, in.name)
		}
		if r.Fatal != in.fatal {
			t.Errorf("%s: fatal %v, want %v (errors %v)", in.name, r.Fatal, in.fatal, r.File.Errors)
		}
		msg := strings.Join(r.File.Errors, "; ")
		if strings.Contains(msg, "internal error") {
			t.Errorf("%s: panic recovered: %s", in.name, msg)
		}
		for _, w := range in.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: errors %q do not contain %q", in.name, msg, w)
			}
		}
		if !in.fatal && len(r.File.Errors) != 0 {
			t.Errorf("%s: rule errors %v", in.name, r.File.Errors)
		}
		for _, f := range r.Findings {
			if f.Line < 1 || f.Column < 1 || f.File == "" {
				t.Errorf("%s: finding without a location: %+v", in.name, f)
			}
		}
	}
	hostileWantFinding(t, results, "good.yaml", "", 0)
	hostileWantFinding(t, results, "dups.yaml", "document-parse-problem", 10)
	hostileWantFinding(t, results, "refs.yaml", "ref-outside-root", 10)
	hostileWantFinding(t, results, "refs.yaml", "remote-ref", 10)
}

// hostileWantFinding checks that the result for name has a finding of rule
// (any rule when "") at line (any line when 0).
func hostileWantFinding(t *testing.T, results []Result, name, rule string, line int) {
	t.Helper()
	for _, r := range results {
		if !strings.HasSuffix(r.File.Path, name) {
			continue
		}
		for _, f := range r.Findings {
			if (rule == "" || f.RuleID == rule) && (line == 0 || f.Line == line) {
				return
			}
		}
		t.Errorf("%s: no finding of %q at line %d in %d findings", name, rule, line, len(r.Findings))
		return
	}
	t.Errorf("no result for %s", name)
}

// TestHostileTimeoutIsFatal: a document whose rules time out is not scanned,
// so it fails the scan instead of passing as clean.
func TestHostileTimeoutIsFatal(t *testing.T) {
	e := hostileEngine(t, 300*time.Millisecond, map[string]string{"good": goodRule, "runaway": runawayRule})
	path := filepath.Join(t.TempDir(), "api.yaml")
	if err := os.WriteFile(path, []byte(hostileSpec), 0o644); err != nil {
		t.Fatal(err)
	}
	results := e.Scan(context.Background(), []string{path}, ScanOptions{Load: loader.Options{RefRoot: filepath.Dir(path)}}, false)
	if len(results) != 1 || !results[0].Fatal || !AnyFatal(results) {
		t.Fatalf("results %+v, want one fatal result", results)
	}
	rep, _ := Assemble(results, report.Tool{}, Policy{})
	if rep.Files[0].Score != nil {
		t.Errorf("a document that was not fully scanned has a score: %+v", rep.Files[0].Score)
	}
}
