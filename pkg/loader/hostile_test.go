package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Regression tests for the hostile inputs listed in docs/security.md. Each
// input is built here, not stored, so that the test shows what it is.

const hostileMinimal = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"

// hostileBudget is the time any hostile input may take to be rejected. The
// race detector slows the parsers down about tenfold.
func hostileBudget() time.Duration {
	if raceEnabled {
		return 20 * time.Second
	}
	return 2 * time.Second
}

// hostileDir writes files (name → content) into a new temporary directory.
func hostileDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// hostileLoad loads dir/name with dir as the ref root and checks the time.
func hostileLoad(t *testing.T, dir, name string, opts Options) (*Document, error) {
	t.Helper()
	if opts.RefRoot == "" {
		opts.RefRoot = dir
	}
	opts.SkipValidation = true
	start := time.Now()
	doc, err := LoadFile(filepath.Join(dir, name), opts)
	if d := time.Since(start); d > hostileBudget() {
		t.Errorf("%s took %s (budget %s)", name, d, hostileBudget())
	}
	return doc, err
}

// hostileRefs returns input.refs by the $ref string (the first record of
// each) and all of them in order.
func hostileRefs(t *testing.T, doc *Document) (map[string]map[string]any, []map[string]any) {
	t.Helper()
	byRef := map[string]map[string]any{}
	var all []map[string]any
	refs, _ := doc.Input["refs"].([]any)
	for _, r := range refs {
		m := r.(map[string]any)
		all = append(all, m)
		if byRef[m["ref"].(string)] == nil {
			byRef[m["ref"].(string)] = m
		}
	}
	return byRef, all
}

// hostileStatus is the status of the first record of a $ref.
func hostileStatus(t *testing.T, doc *Document, ref string) any {
	t.Helper()
	byRef, _ := hostileRefs(t, doc)
	if byRef[ref] == nil {
		t.Errorf("$ref %s not recorded", ref)
		return nil
	}
	return byRef[ref]["status"]
}

func hostileWantError(t *testing.T, err error, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want one containing %q", parts)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not contain %q", err, p)
		}
	}
}

var hostileLine = regexp.MustCompile(`line [1-9][0-9]*`)

func TestHostileUnparseable(t *testing.T) {
	cases := []struct {
		name, file, data string
		want             []string
	}{
		{"empty", "api.yaml", "", []string{"empty file"}},
		{"blank", "api.yaml", " \n\t\n", []string{"empty file"}},
		{"bom only", "api.json", "\xef\xbb\xbf", []string{"empty file"}},
		{"binary", "api.yaml", "openapi: 3.0.0\x00\x01\x02", []string{"binary"}},
		{"utf16", "api.json", "\xff\xfe{\x00}\x00", []string{"binary"}},
		{"latin1", "api.yaml", "openapi: 3.0.0\ninfo: {title: caf\xe9}\n", []string{"UTF-8"}},
		{"truncated json", "api.json", "{\"openapi\": \"3.0.0\",\n \"info\": {\"title\": \"t", []string{"invalid JSON", "line 2"}},
		{"truncated yaml", "api.yaml", "openapi: 3.0.0\ninfo:\n  title: \"abc\n", []string{"invalid YAML", "line"}},
		{"bad yaml", "api.yaml", "openapi: 3.0.0\n  info: x\n- y\n", []string{"invalid YAML", "line"}},
		{"trailing json", "api.json", "{\"openapi\": \"3.0.0\"} {}", []string{"invalid JSON", "after the top-level value"}},
		{"scalar", "api.yaml", "just text\n", []string{"not an OpenAPI document"}},
		{"list", "api.json", "[1, 2]", []string{"not an OpenAPI document"}},
		{"version", "api.yaml", "openapi: 9.9.9\n", []string{"unsupported openapi version"}},
		{"version type", "api.yaml", "openapi: [3]\n", []string{"unsupported openapi version"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := hostileDir(t, map[string]string{c.file: c.data})
			_, err := hostileLoad(t, dir, c.file, Options{})
			hostileWantError(t, err, c.want...)
		})
	}
}

func TestHostileBOM(t *testing.T) {
	dir := hostileDir(t, map[string]string{"api.yaml": "\xef\xbb\xbf" + hostileMinimal})
	doc, err := hostileLoad(t, dir, "api.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l, c, _ := doc.File("").Locate("/info"); l != 2 || c != 1 {
		t.Errorf("/info at %d:%d, want 2:1", l, c)
	}
}

func TestHostileDuplicateKeys(t *testing.T) {
	for _, c := range []struct{ file, data string }{
		{"api.yaml", hostileMinimal + "info: {title: again, version: '2'}\n"},
		{"api.json", "{\"openapi\": \"3.0.3\",\n\"info\": {\"title\": \"t\", \"version\": \"1\"},\n\"paths\": {},\n\"info\": {\"title\": \"again\", \"version\": \"2\"}}"},
	} {
		t.Run(c.file, func(t *testing.T) {
			dir := hostileDir(t, map[string]string{c.file: c.data})
			doc, err := hostileLoad(t, dir, c.file, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var found bool
			for _, p := range doc.Problems {
				if p.Kind == "parse" && strings.Contains(p.Message, `duplicate key "info" (line 4)`) && p.File == doc.Path {
					found = true
				}
			}
			if !found {
				t.Errorf("no duplicate-key problem naming line 4 in %+v", doc.Problems)
			}
			if got := doc.Input["info"].(map[string]any)["title"]; got != "again" {
				t.Errorf("info.title = %v, want the last value", got)
			}
		})
	}
}

// hostileWrongTypes puts a value of the wrong type in every place the
// builder reads.
const hostileWrongTypes = `openapi: 3.1.0
info: [1, 2]
servers: {url: 5}
security: "everyone"
tags: 7
paths:
  /a: [get]
  /b:
    parameters: "x"
    get: 5
    post:
      parameters: [5, {name: 5, in: [query], schema: 3}, {$ref: 5}]
      requestBody: [1]
      responses: {200: [1], default: {content: 5, headers: [1]}}
      security: [5, "x", {oauth: 5}]
      callbacks: {cb: 5}
  /c:
    $ref: [1]
webhooks: 5
components:
  schemas: {A: 5, B: {properties: 5, allOf: {x: 1}, items: [1], required: 5, additionalProperties: "x"}}
  securitySchemes: {s: 5, o: {type: oauth2, flows: 5}, k: {type: 7, in: [1]}}
  parameters: [1]
x-oasguard-ignore: 5
`

func TestHostileWrongTypes(t *testing.T) {
	for _, data := range []string{hostileWrongTypes, strings.Replace(hostileWrongTypes, "3.1.0", "3.0.3", 1),
		"swagger: '2.0'\ninfo: 5\npaths: {/a: {get: {parameters: [5, {in: body, schema: 5}], responses: 5}}}\nsecurityDefinitions: [1]\ndefinitions: 5\nhost: [1]\nschemes: 5\n"} {
		dir := hostileDir(t, map[string]string{"api.yaml": data})
		opts := Options{RefRoot: dir}
		doc, err := LoadFile(filepath.Join(dir, "api.yaml"), opts) // validators on
		if err != nil {
			t.Fatalf("wrong types must load with problems, not fail: %v", err)
		}
		if _, err := json.Marshal(doc.Input); err != nil {
			t.Errorf("input does not marshal: %v", err)
		}
		if len(doc.Problems) == 0 {
			t.Errorf("no problems reported for a document of wrong types")
		}
	}
}

func TestHostileHugeNumbers(t *testing.T) {
	long := strings.Repeat("9", 5000)
	for _, c := range []struct{ file, data string }{
		{"api.json", `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
 "x": [1e400, -1e400, ` + long + `, -0, 0.` + long + `, 1E-400]}`},
		{"api.yaml", hostileMinimal + "x: [1e400, .inf, -.Inf, .nan, 0x" + long[:40] + ", " + long + ", 0o777, 1_000, +12, 0b101]\n"},
	} {
		t.Run(c.file, func(t *testing.T) {
			dir := hostileDir(t, map[string]string{c.file: c.data})
			doc, err := hostileLoad(t, dir, c.file, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := json.Marshal(doc.Input["document"]); err != nil {
				t.Errorf("document with huge numbers does not marshal: %v", err)
			}
			// JSON keeps the literal; YAML keeps a float that overflows
			// float64 as a string, as the YAML 1.2 core schema resolves it.
			want := map[string]any{"api.json": json.Number("1e400"), "api.yaml": "1e400"}[c.file]
			x := doc.Input["document"].(map[string]any)["x"].([]any)
			if x[0] != want {
				t.Errorf("1e400 became %#v, want %#v", x[0], want)
			}
		})
	}
}

func TestHostileInvalidRegex(t *testing.T) {
	data := hostileMinimal + "components:\n  schemas:\n    A: {type: string, pattern: '(unclosed'}\n    B: {type: string, pattern: '(?<=x)y'}\n"
	dir := hostileDir(t, map[string]string{"api.yaml": data})
	doc, err := hostileLoad(t, dir, "api.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, p := range doc.Problems {
		if p.Kind == "regex" {
			got[p.Pointer] = true
		}
	}
	for _, ptr := range []string{"/components/schemas/A/pattern", "/components/schemas/B/pattern"} {
		if !got[ptr] {
			t.Errorf("no regex problem at %s (got %v)", ptr, got)
		}
	}
}

const hostileLevels = 100_000

func TestHostileDeepNesting(t *testing.T) {
	n := hostileLevels
	cases := []struct{ name, file, data, want string }{
		{"json arrays", "api.json", strings.Repeat("[", n) + strings.Repeat("]", n), "nesting deeper than"},
		{"json arrays unclosed", "api.json", strings.Repeat("[", n), "nesting deeper than"},
		{"json objects", "api.json", `{"openapi": "3.0.3", "x": ` + strings.Repeat(`{"a": `, n) + "1" + strings.Repeat("}", n) + "}", "nesting deeper than"},
		{"yaml flow sequences", "api.yaml", "openapi: 3.0.3\nx: " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n", "exceeded max depth"},
		{"yaml flow maps", "api.yaml", "openapi: 3.0.3\nx: " + strings.Repeat("{a: ", n) + "1" + strings.Repeat("}", n) + "\n", "exceeded max depth"},
		{"yaml block sequences", "api.yaml", "openapi: 3.0.3\nx:\n" + strings.Repeat("- ", n) + "1\n", "exceeded max depth"},
		// Block maps need one more space of indentation per level, so the
		// file grows with the square of the depth: 3,000 levels are 4.5 MB
		// and 100,000 would be 5 GB, far over the file size limit.
		{"yaml block maps", "api.yaml", "openapi: 3.0.3\nx:\n" + hostileBlockMaps(3000), "nesting deeper than"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := hostileDir(t, map[string]string{c.file: c.data})
			_, err := hostileLoad(t, dir, c.file, Options{})
			hostileWantError(t, err, c.want)
			if !hostileLine.MatchString(err.Error()) {
				t.Errorf("error %q names no line", err)
			}
		})
	}
}

func hostileBlockMaps(levels int) string {
	var b strings.Builder
	for i := 1; i <= levels; i++ {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("a:\n")
	}
	return b.String()
}

func TestHostileAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString(hostileMinimal)
	b.WriteString("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i <= 9; i++ {
		b.WriteString("a" + strconv.Itoa(i) + ": &a" + strconv.Itoa(i) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + strconv.Itoa(i-1))
		}
		b.WriteString("]\n")
	}
	merge := hostileMinimal + "m0: &m0 {a: 1, b: 2}\n"
	for i := 1; i <= 9; i++ {
		merge += "m" + strconv.Itoa(i) + ": &m" + strconv.Itoa(i) + " [" + strings.TrimSuffix(strings.Repeat("*m"+strconv.Itoa(i-1)+", ", 10), ", ") + "]\n"
	}
	merge += "x: {<<: *m9}\n"
	for name, data := range map[string]string{"billion laughs": b.String(), "merge keys": merge} {
		t.Run(name, func(t *testing.T) {
			dir := hostileDir(t, map[string]string{"api.yaml": data})
			_, err := hostileLoad(t, dir, "api.yaml", Options{})
			hostileWantError(t, err, "alias", "line")
		})
	}
}

func TestHostileNodeLimit(t *testing.T) {
	items := strings.TrimSuffix(strings.Repeat("0, ", 5000), ", ")
	limits := Limits{MaxDepth: 512, MaxNodes: 1000}
	for _, c := range []struct{ file, data string }{
		{"api.json", `{"openapi": "3.0.3", "x": [` + items + `]}`},
		{"api.yaml", "openapi: 3.0.3\nx: [" + items + "]\n"},
	} {
		dir := hostileDir(t, map[string]string{c.file: c.data})
		_, err := hostileLoad(t, dir, c.file, Options{Limits: limits})
		hostileWantError(t, err, "more than 1000 values", "line")
	}
	if d := DefaultLimits(); d.MaxNodes <= 0 || d.MaxDepth <= 0 {
		t.Errorf("default limits %+v do not bound parsing", d)
	}
}

func TestHostileFileSize(t *testing.T) {
	big := hostileMinimal + "x: '" + strings.Repeat("a", 4096) + "'\n"
	dir := hostileDir(t, map[string]string{
		"api.yaml":  big,
		"main.yaml": hostileMinimal + "components: {schemas: {A: {$ref: 'big.yaml#/x'}}}\n",
		"big.yaml":  big,
	})
	opts := Options{MaxFileSize: 1024}
	_, err := hostileLoad(t, dir, "api.yaml", opts)
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("root over the limit: %v, want ErrTooLarge", err)
	}
	_, err = LoadReader("<stdin>", strings.NewReader(big), Options{MaxFileSize: 1024, RefRoot: dir, SkipValidation: true})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("stdin over the limit: %v, want ErrTooLarge", err)
	}
	doc, err := hostileLoad(t, dir, "main.yaml", opts)
	if err != nil {
		t.Fatal(err)
	}
	byRef, _ := hostileRefs(t, doc)
	r := byRef["big.yaml#/x"]
	if r["status"] != statusUnreadable || !strings.Contains(r["error"].(string), "too large") {
		t.Errorf("fragment over the limit: %v", r)
	}
	if DefaultMaxFileSize <= 0 {
		t.Error("no default file size limit")
	}
}

func TestHostileRefCycles(t *testing.T) {
	dir := hostileDir(t, map[string]string{
		"api.yaml": hostileMinimal + `components:
  schemas:
    Self: {$ref: '#/components/schemas/Self'}
    A: {$ref: '#/components/schemas/B'}
    B: {$ref: '#/components/schemas/A'}
    X: {$ref: 'other.yaml#/Y'}
    Tree: {type: object, properties: {kids: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}
    Use: {type: object, properties: {a: {$ref: '#/components/schemas/A'}, x: {$ref: '#/components/schemas/X'}, s: {$ref: '#/components/schemas/Self'}}}
paths:
  /a:
    get:
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Use'}}}}}
`,
		"other.yaml": "Y: {$ref: 'api.yaml#/components/schemas/X'}\n",
	})
	doc, err := hostileLoad(t, dir, "api.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, all := hostileRefs(t, doc)
	cycles := map[string]bool{}
	for _, r := range all {
		if r["status"] == statusCycle {
			cycles[r["pointer"].(string)] = true
		}
	}
	// One ref per loop is enough to stop it: Self, A↔B and X↔Y.
	for _, loop := range [][]string{{"/components/schemas/Self"}, {"/components/schemas/A", "/components/schemas/B"}, {"/components/schemas/X", "/Y"}} {
		if !cycles[loop[0]] && (len(loop) == 1 || !cycles[loop[1]]) {
			t.Errorf("loop %v not reported as a cycle (cycles at %v)", loop, cycles)
		}
	}
	if st := hostileStatus(t, doc, "#/components/schemas/Tree"); st != statusOK {
		t.Errorf("a recursive schema is legitimate, got status %v", st)
	}
}

func TestHostileLongRefChain(t *testing.T) {
	var b strings.Builder
	b.WriteString(hostileMinimal + "components:\n  schemas:\n")
	const n = 500
	for i := 0; i < n; i++ {
		b.WriteString("    S" + strconv.Itoa(i) + ": {$ref: '#/components/schemas/S" + strconv.Itoa(i+1) + "'}\n")
	}
	b.WriteString("    S" + strconv.Itoa(n) + ": {type: string}\n")
	b.WriteString("paths:\n  /a:\n    get:\n      parameters: [{name: q, in: query, schema: {$ref: '#/components/schemas/S0'}}]\n      responses: {'200': {description: ok}}\n")
	dir := hostileDir(t, map[string]string{"api.yaml": b.String()})
	doc, err := hostileLoad(t, dir, "api.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var stopped bool
	_, all := hostileRefs(t, doc)
	for _, r := range all {
		if r["status"] == statusCycle && strings.Contains(r["error"].(string), "more than") {
			stopped = true
		}
	}
	if !stopped {
		t.Errorf("a chain of %d refs was not stopped", n)
	}
}

func TestHostileSymlinkLoop(t *testing.T) {
	dir := hostileDir(t, map[string]string{"specs/api.yaml": hostileMinimal})
	if err := os.Symlink(dir, filepath.Join(dir, "specs", "loop")); err != nil {
		t.Skip("no symlinks:", err)
	}
	if err := os.Symlink("b", filepath.Join(dir, "a")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a", filepath.Join(dir, "b")); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var targets []Target
	var errs []error
	go func() {
		defer close(done)
		targets, errs = Discover([]string{dir, filepath.Join(dir, "a")}, DefaultMaxFileSize)
	}()
	select {
	case <-done:
	case <-time.After(hostileBudget()):
		t.Fatal("Discover did not finish on a symlink loop")
	}
	if len(targets) != 1 || !strings.HasSuffix(targets[0].Path, "specs/api.yaml") {
		t.Errorf("targets %v, want specs/api.yaml once", targets)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "symbolic links") {
		t.Errorf("errors %v, want one for the a→b→a loop", errs)
	}
	doc := hostileMinimal + "components: {schemas: {A: {$ref: 'a#/x'}}}\n"
	if err := os.WriteFile(filepath.Join(dir, "ref.yaml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := hostileLoad(t, dir, "ref.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if st := hostileStatus(t, d, "a#/x"); st == statusOK {
		t.Errorf("a $ref into a symlink loop resolved")
	}
}

const hostileSecret = "TOP-SECRET-MARKER-d41d8cd9"

// hostileOutside makes root/ with a document and, beside it, a secret file
// the document must not read.
func hostileOutside(t *testing.T, refs ...string) (root string, doc *Document) {
	t.Helper()
	base := hostileDir(t, map[string]string{
		"secret.yaml":      "x:\n  description: " + hostileSecret + "\n  example: " + hostileSecret + "\n",
		"root/inside.yaml": "x: {type: string}\n",
	})
	root = filepath.Join(base, "root")
	if err := os.Symlink(filepath.Join(base, "secret.yaml"), filepath.Join(root, "link.yaml")); err != nil {
		t.Skip("no symlinks:", err)
	}
	var b strings.Builder
	b.WriteString(hostileMinimal + "components:\n  schemas:\n")
	for i, r := range refs {
		r = strings.ReplaceAll(r, "BASE", filepath.ToSlash(base))
		b.WriteString("    S" + strconv.Itoa(i) + ": {$ref: '" + r + "'}\n")
	}
	if err := os.WriteFile(filepath.Join(root, "api.yaml"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := hostileLoad(t, root, "api.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return root, doc
}

func TestHostileRefOutsideRoot(t *testing.T) {
	refs := []string{"../secret.yaml#/x", "BASE/secret.yaml#/x", "link.yaml#/x", "./sub/../../secret.yaml#/x", "..%2Fsecret.yaml#/x"}
	_, doc := hostileOutside(t, append(refs, "inside.yaml#/x")...)
	_, got := hostileRefs(t, doc)
	for _, r := range got {
		ref := r["ref"].(string)
		want := statusOutsideRoot
		if ref == "inside.yaml#/x" {
			want = statusOK
		}
		if r["status"] != want {
			t.Errorf("%s: status %v (%v), want %s", ref, r["status"], r["error"], want)
		}
	}
	if len(got) != len(refs)+1 {
		t.Errorf("%d refs recorded, want %d", len(got), len(refs)+1)
	}
	hostileNoSecret(t, doc)
}

func hostileNoSecret(t *testing.T, doc *Document) {
	t.Helper()
	out, err := json.Marshal(map[string]any{"input": doc.Input, "problems": doc.Problems})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte(hostileSecret)) {
		t.Error("content of a file outside the root appears in the document")
	}
	for p, f := range doc.Files {
		if bytes.Contains(f.Data, []byte(hostileSecret)) {
			t.Errorf("file outside the root was read: %s", p)
		}
	}
}

func TestHostileRefRootWidened(t *testing.T) {
	base := hostileDir(t, map[string]string{
		"shared.yaml":  "x: {type: string}\n",
		"api/api.yaml": hostileMinimal + "components: {schemas: {A: {$ref: '../shared.yaml#/x'}}}\n",
	})
	doc, err := hostileLoad(t, filepath.Join(base, "api"), "api.yaml", Options{RefRoot: base})
	if err != nil {
		t.Fatal(err)
	}
	if st := hostileStatus(t, doc, "../shared.yaml#/x"); st != statusOK {
		t.Errorf("with --ref-root widened the ref is %v, want ok", st)
	}
}
