package validate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
)

// corpusDir is ../shared/corpus beside the repository (absent in a user's
// clone: the corpus tests skip).
func corpusDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpus")
}

// corpusSpec is one root spec listed in the corpus INDEX.tsv.
type corpusSpec struct {
	path    string // relative to corpusDir
	version string // "2.0", "3.0", "3.1"
}

func readCorpusIndex(t testing.TB) []corpusSpec {
	t.Helper()
	f, err := os.Open(filepath.Join(corpusDir(), "INDEX.tsv"))
	if err != nil {
		t.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	var specs []corpusSpec
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for first := true; sc.Scan(); first = false {
		cols := strings.Split(sc.Text(), "\t")
		if first || len(cols) < 5 {
			continue
		}
		fields := strings.Fields(cols[4]) // "openapi 3.0.1", "swagger 2.0"
		if len(fields) != 2 {
			t.Fatalf("bad version column %q", cols[4])
		}
		specs = append(specs, corpusSpec{path: cols[0], version: majorMinor(fields[1])})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return specs
}

// loadGeneric parses a JSON (encoding/json, UseNumber) or YAML document into
// generic values.
func loadGeneric(path string) (any, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".json") {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			return nil, fmt.Errorf("parse %s: %w", path, err)
		}
		return doc, nil
	}
	return yamlToGeneric(data)
}

func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus tests run without -short (make test runs them after the race pass)")
	}
	specs := readCorpusIndex(t)
	v := newValidator(t)
	total := 0
	for _, s := range specs {
		doc, err := loadGeneric(filepath.Join(corpusDir(), s.path))
		if err != nil {
			t.Errorf("%s: %v", s.path, err)
			continue
		}
		start := time.Now()
		problems := v.Validate(s.version, doc)
		elapsed := time.Since(start)
		total += len(problems)
		t.Logf("%s (%s): %d problems in %v", s.path, s.version, len(problems), elapsed.Round(time.Millisecond))
		checkProblems(t, s.path, doc, problems)
	}
	t.Logf("%d specs, %d problems", len(specs), total)
}

// checkProblems asserts every pointer resolves in doc, messages are one
// non-empty line, and the list is within the cap and free of duplicates.
func checkProblems(t *testing.T, name string, doc any, problems []Problem) {
	t.Helper()
	if len(problems) > MaxProblems {
		t.Errorf("%s: %d problems exceed the cap %d", name, len(problems), MaxProblems)
	}
	seen := map[Problem]bool{}
	for _, p := range problems {
		if seen[p] {
			t.Errorf("%s: duplicate problem %+v", name, p)
		}
		seen[p] = true
		if _, ok := lookupPointer(doc, p.Pointer); !ok {
			t.Errorf("%s: pointer %q does not resolve (%s)", name, p.Pointer, p.Message)
		}
		if p.Message == "" || strings.Contains(p.Message, "\n") {
			t.Errorf("%s: bad message %q at %s", name, p.Message, p.Pointer)
		}
	}
}

// lookupPointer resolves an RFC 6901 pointer independently of the package's
// own helpers.
func lookupPointer(doc any, ptr string) (any, bool) {
	if ptr == "" {
		return doc, true
	}
	if !strings.HasPrefix(ptr, "/") {
		return nil, false
	}
	cur := doc
	for _, raw := range strings.Split(ptr[1:], "/") {
		tok := strings.ReplaceAll(strings.ReplaceAll(raw, "~1", "/"), "~0", "~")
		switch v := cur.(type) {
		case map[string]any:
			next, ok := v[tok]
			if !ok {
				return nil, false
			}
			cur = next
		case []any:
			var i int
			if _, err := fmt.Sscanf(tok, "%d", &i); err != nil || i < 0 || i >= len(v) || fmt.Sprint(i) != tok {
				return nil, false
			}
			cur = v[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

func BenchmarkValidate(b *testing.B) {
	for _, name := range []string{
		"stripe-openapi/openapi/spec3.json",
		"apis-guru/APIs/stripe.com/2019-12-03/swagger.yaml",
		"openai-openapi/openapi.json",
		"mistral-platform-docs/public/openapi.yaml",
	} {
		path := filepath.Join(corpusDir(), name)
		if _, err := os.Stat(path); err != nil {
			b.Logf("skip %s: %v", name, err)
			continue
		}
		doc, err := loadGeneric(path)
		if err != nil {
			b.Fatal(err)
		}
		version := documentVersion(doc)
		v := newValidator(b)
		v.Validate(version, doc) // compile outside the timer
		b.Run(strings.SplitN(name, "/", 2)[0], func(b *testing.B) {
			for b.Loop() {
				v.Validate(version, doc)
			}
		})
	}
}

func newValidator(t testing.TB) *Validator {
	t.Helper()
	v, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// documentVersion reads "swagger"/"openapi" from a parsed document.
func documentVersion(doc any) string {
	m, _ := doc.(map[string]any)
	if s, ok := m["swagger"].(string); ok {
		return majorMinor(s)
	}
	s, _ := m["openapi"].(string)
	return majorMinor(s)
}

// TestCorpusMutations breaks a large real document in known ways and
// checks that exactly those problems come back, at the right pointers.
func TestCorpusMutations(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus tests run without -short (make test runs them after the race pass)")
	}
	doc, err := loadGeneric(filepath.Join(corpusDir(), "stripe-openapi/openapi/spec3.json"))
	if err != nil {
		t.Skipf("no corpus spec: %v", err)
	}
	root := doc.(map[string]any)
	v := newValidator(t)
	if got := v.Validate("3.0", doc); len(got) != 0 {
		t.Fatalf("unmutated spec has problems: %v", got[:min(len(got), 5)])
	}
	pathKey, op := firstOperationWithParameters(t, root)
	opPtr := "/paths/" + escapeToken(pathKey) + "/" + op
	operation := root["paths"].(map[string]any)[pathKey].(map[string]any)[op].(map[string]any)
	param := operation["parameters"].([]any)[0].(map[string]any)
	info := root["info"].(map[string]any)

	operation["x-ok"] = true
	operation["bogus"] = 1
	param["in"] = "paht"
	delete(info, "title")

	got := v.Validate("3.0", doc)
	want := []Problem{
		{"/info", `missing required property "title"`},
		{opPtr + "/bogus", `unknown property "bogus"`},
		{opPtr + "/parameters/0/in", `"in" must be one of "path", "query", "header", "cookie", got "paht"`},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

// firstOperationWithParameters returns the lexically first path and method
// whose operation has an inline (non-$ref) first parameter.
func firstOperationWithParameters(t *testing.T, root map[string]any) (string, string) {
	t.Helper()
	paths := root["paths"].(map[string]any)
	keys := make([]string, 0, len(paths))
	for k := range paths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		item, _ := paths[k].(map[string]any)
		for _, m := range []string{"get", "post", "delete"} {
			op, _ := item[m].(map[string]any)
			params, _ := op["parameters"].([]any)
			if len(params) == 0 {
				continue
			}
			if p, ok := params[0].(map[string]any); ok && p["$ref"] == nil {
				return k, m
			}
		}
	}
	t.Skip("no operation with inline parameters")
	return "", ""
}
