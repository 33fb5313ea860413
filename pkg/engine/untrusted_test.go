package engine

import (
	"context"
	"fmt"
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

// Regression tests for issue 13 (untrusted input), listed in docs/security.md.

// writeSpecs writes name → content in a new directory and returns the paths.
func writeSpecs(t *testing.T, specs map[string]string) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, name := range sortedNames(specs) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(specs[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return dir, paths
}

func sortedNames(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestUntrustedHugeNumbers: numbers of any magnitude are data. One number
// with a huge exponent used to fail the conversion of the whole input, and
// the document passed as clean with 0 findings.
func TestUntrustedHugeNumbers(t *testing.T) {
	e := hostileEngine(t, 0, map[string]string{"good": goodRule, "numbers": `findings contains {"pointer": "/info", "message": sprintf("%v", [v])} if {
	some k, v in input.document.info
	startswith(k, "x-")
}`})
	for _, num := range []string{"1e-99999999", "1e99999999", "123456789012345678901234567890", "-1E+400000", "0.000000000000000000000000000000000000001e-999999"} {
		t.Run(num, func(t *testing.T) {
			for _, ext := range []string{"yaml", "json"} {
				spec := "openapi: 3.0.3\ninfo: {title: t, version: '1', x-n: " + num + "}\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n"
				if ext == "json" {
					spec = `{"openapi": "3.0.3", "info": {"title": "t", "version": "1", "x-n": ` + num + `}, "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}}`
				}
				_, paths := writeSpecs(t, map[string]string{"api." + ext: spec})
				results := e.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: filepath.Dir(paths[0]), SkipValidation: true}}, false)
				r := results[0]
				if r.Fatal || len(r.File.Errors) > 0 {
					t.Fatalf("%s: %s is not accepted as data: %v", ext, num, r.File.Errors)
				}
				var got []string
				for _, f := range r.Findings {
					if f.RuleID == "numbers" {
						got = append(got, f.Message)
					}
				}
				if len(got) != 1 || !strings.Contains(strings.ToLower(got[0]), strings.ToLower(strings.TrimLeft(num, "-0.")[:1])) {
					t.Errorf("%s: the rule saw %v for %s", ext, got, num)
				}
				if len(r.Findings) != 2 {
					t.Errorf("%s: %d findings, want the good rule's one and the number", ext, len(r.Findings))
				}
			}
		})
	}
}

// TestUntrustedEvaluationFailureIsFatal: a document whose rules did not all
// run (a rule error) is an error for that document: fatal (exit 2), with a
// message naming the rule, and the other documents are still reported.
func TestUntrustedEvaluationFailureIsFatal(t *testing.T) {
	e := hostileEngine(t, 0, map[string]string{"good": goodRule, "conflict": conflictRule})
	_, paths := writeSpecs(t, map[string]string{"a.yaml": hostileSpec, "b.yaml": hostileSpec})
	results := e.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: filepath.Dir(paths[0]), SkipValidation: true}}, false)
	if len(results) != 2 {
		t.Fatalf("%d results", len(results))
	}
	for _, r := range results {
		if !r.Fatal {
			t.Errorf("%s: a rule error left the document non-fatal: %v", r.File.Path, r.File.Errors)
		}
		msg := strings.Join(r.File.Errors, "; ")
		if !strings.Contains(msg, "conflict") || !strings.Contains(msg, "rules did not all run") {
			t.Errorf("%s: errors %q do not say which rule failed", r.File.Path, msg)
		}
		if len(r.Findings) != 2 {
			t.Errorf("%s: %d findings, want the good rule's 2 still reported", r.File.Path, len(r.Findings))
		}
	}
	if !AnyFatal(results) {
		t.Error("AnyFatal is false: the scan would exit 0")
	}
	rep, _ := Assemble(results, report.Tool{}, Policy{})
	if rep.Summary.Errors != 2 {
		t.Errorf("summary errors %d, want 2", rep.Summary.Errors)
	}
}

// TestUntrustedTimeoutIsFatal: the time-out stays fatal when the rules are
// stopped.
func TestUntrustedTimeoutIsFatal(t *testing.T) {
	e := hostileEngine(t, 200*time.Millisecond, map[string]string{"runaway": runawayRule})
	_, paths := writeSpecs(t, map[string]string{"a.yaml": hostileSpec})
	results := e.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: filepath.Dir(paths[0]), SkipValidation: true}}, false)
	if !results[0].Fatal {
		t.Fatalf("not fatal: %v", results[0].File.Errors)
	}
}

// TestUntrustedRuleCapabilities: rules that call network, clock, randomness
// or other non-deterministic built-in functions are refused when they load,
// with the file, the rule and the function named.
func TestUntrustedRuleCapabilities(t *testing.T) {
	cases := map[string]string{
		"http.send":          `findings contains {"pointer": "", "message": r.body} if r := http.send({"method": "GET", "url": "http://127.0.0.1:1/"})`,
		"net.lookup_ip_addr": `findings contains {"pointer": "", "message": "x"} if count(net.lookup_ip_addr("example.com")) > 0`,
		"time.now_ns":        `findings contains {"pointer": "", "message": "x"} if time.now_ns() > 0`,
		"rand.intn":          `findings contains {"pointer": "", "message": "x"} if rand.intn("a", 10) > 5`,
		"uuid.rfc4122":       `findings contains {"pointer": "", "message": u} if u := uuid.rfc4122("a")`,
		"opa.runtime":        `findings contains {"pointer": "", "message": "x"} if opa.runtime().env.HOME`,
		"io.jwt.encode_sign": `findings contains {"pointer": "", "message": t} if t := io.jwt.encode_sign({"alg": "HS256"}, {}, {"kty": "oct", "k": "a"})`,
		"json.match_schema":  `findings contains {"pointer": "", "message": "x"} if json.match_schema({}, {"$ref": "http://127.0.0.1:1/s.json"})[0]`,
		"nested http.send":   `findings contains {"pointer": "", "message": "x"} if { x := [http.send({"method": "GET", "url": "http://127.0.0.1:1/"}).status_code]; x[0] == 200 }`,
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			fsys := map[string]string{"evil": body}
			err := hostileCompileErr(t, fsys)
			builtin := strings.TrimPrefix(name, "nested ")
			if err == nil {
				t.Fatalf("a rule calling %s compiled", builtin)
			}
			for _, want := range []string{"test/evil.rego:", "rule evil", builtin} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not name %q", err, want)
				}
			}
		})
	}
	if err := hostileCompileErr(t, map[string]string{"good": goodRule, "regex": `findings contains {"pointer": "", "message": "x"} if regex.match("a+", input.oas)`}); err != nil {
		t.Errorf("deterministic rules refused: %v", err)
	}
}

// hostileCompileErr compiles the rules (id → body) and returns the error.
func hostileCompileErr(t *testing.T, rs map[string]string) error {
	t.Helper()
	fsys := fstest.MapFS{}
	for id, body := range rs {
		fsys[id+".rego"] = &fstest.MapFile{Data: []byte(hostileRule(id, body))}
	}
	set, err := rules.Load(fsys, "test", false)
	if err != nil {
		t.Fatal(err)
	}
	_, err = New(context.Background(), set, 0)
	return err
}

// TestUntrustedBuiltinRulesCapabilities: every built-in rule compiles with
// the restricted capabilities.
func TestUntrustedBuiltinRulesCapabilities(t *testing.T) {
	if err := builtinEngine(t).Wait(); err != nil {
		t.Fatal(err)
	}
}

// TestUntrustedRuleMemoryLimit: a rule that allocates without bound is
// stopped by the memory watchdog, and the document is fatal.
func TestUntrustedRuleMemoryLimit(t *testing.T) {
	hog := `findings contains {"pointer": "", "message": "never"} if {
	xs := [sprintf("%d-%s", [i, input.oas]) | some i in numbers.range(1, 100000000)]
	count(xs) < 0
}`
	fsys := fstest.MapFS{"hog.rego": &fstest.MapFile{Data: []byte(hostileRule("hog", hog))}}
	set, err := rules.Load(fsys, "test", false)
	if err != nil {
		t.Fatal(err)
	}
	limit := heapBytes() + 64<<20
	e, err := New(context.Background(), set, time.Minute, WithMemoryLimit(limit))
	if err != nil {
		t.Fatal(err)
	}
	_, paths := writeSpecs(t, map[string]string{"a.yaml": hostileSpec})
	start := time.Now()
	results := e.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: filepath.Dir(paths[0]), SkipValidation: true}}, false)
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("the memory limit took %s to stop the rule", d)
	}
	msg := strings.Join(results[0].File.Errors, "; ")
	if !results[0].Fatal || !strings.Contains(msg, "memory limit") {
		t.Errorf("fatal %v, errors %q: want the memory limit reported", results[0].Fatal, msg)
	}
}

// TestUntrustedTimeoutCoversLoading: --timeout bounds loading too, not only
// the rules: a document that takes longer to load is stopped and fatal.
func TestUntrustedTimeoutCoversLoading(t *testing.T) {
	e := hostileEngine(t, time.Millisecond, map[string]string{"good": goodRule})
	var b strings.Builder
	b.WriteString(hostileSpec + "components:\n  schemas:\n")
	for i := range 20_000 {
		fmt.Fprintf(&b, "    S%d:\n      type: object\n      properties:\n        a: {type: string}\n        b: {$ref: '#/components/schemas/S%d'}\n", i, i)
	}
	_, paths := writeSpecs(t, map[string]string{"big.yaml": b.String()})
	start := time.Now()
	results := e.Scan(context.Background(), paths, ScanOptions{Load: loader.Options{RefRoot: filepath.Dir(paths[0])}}, false)
	d := time.Since(start)
	msg := strings.Join(results[0].File.Errors, "; ")
	if !results[0].Fatal || !strings.Contains(msg, "stopped") {
		t.Errorf("fatal %v, errors %q: want the time limit reported", results[0].Fatal, msg)
	}
	if !strings.Contains(msg, "loading stopped") {
		t.Errorf("errors %q: the time limit did not stop the loading", msg)
	}
	t.Logf("stopped after %s", d)
}
