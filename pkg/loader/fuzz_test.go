package loader

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Fuzz targets. The seed corpus is in testdata/fuzz/<Target>/; `make fuzz`
// runs each target for a short fixed time.

// fuzzLimits keep each iteration small.
var fuzzLimits = Limits{MaxDepth: 64, MaxNodes: 20_000}

// checkTree verifies the invariants of a parsed tree: positions are 1-based
// and maps have one key per value.
func checkTree(t *testing.T, n *Node, depth int) {
	t.Helper()
	if n == nil {
		t.Fatal("nil node in a parsed tree")
	}
	if n.Line < 1 || n.Col < 1 || n.KeyLine < 1 || n.KeyCol < 1 {
		t.Fatalf("position below 1: line %d col %d key %d:%d", n.Line, n.Col, n.KeyLine, n.KeyCol)
	}
	if depth > fuzzLimits.MaxDepth+1 {
		t.Fatalf("tree deeper than the limit %d", fuzzLimits.MaxDepth)
	}
	switch n.Kind {
	case MapNode:
		if len(n.Keys) != len(n.Kids) {
			t.Fatalf("map with %d keys and %d values", len(n.Keys), len(n.Kids))
		}
	case SeqNode:
		if len(n.Keys) != 0 {
			t.Fatal("sequence with keys")
		}
	default:
		if len(n.Kids) != 0 {
			t.Fatal("scalar with children")
		}
	}
	for _, k := range n.Kids {
		checkTree(t, k, depth+1)
	}
}

func checkParse(t *testing.T, n *Node, problems []Problem, err error) {
	t.Helper()
	if err != nil {
		if n != nil || problems != nil {
			t.Fatal("a failed parse returned a tree or problems")
		}
		if err.Error() == "" {
			t.Fatal("empty error message")
		}
		return
	}
	checkTree(t, n, 0)
	if _, err := json.Marshal(n.Value()); err != nil {
		t.Fatalf("parsed value does not marshal: %v", err)
	}
}

func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(`{"openapi": "3.0.0", "paths": {"/a": {"get": {}}}}`))
	for _, seed := range []string{`{"a": 1e3, "b": -0.5, "c": 12345678901234567890123, "d": [true, false, null]}`,
		`{"a": "x\ud800y\u00e9\n"}`, "{\"a\": \"\xff\xfe\"}", `{"a": 1, "a": 2}`, `{"a":1} {"b":2}`, `{"a":1}}`,
		`{"a":`, `[1,2,`, `{"a" 1}`, `{1: 2}`, ``, ` `, `nul`, `{"a":1,}`, `[1,]`, `"\u0000"`, `01`, `1.`, `-`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, problems, err := ParseJSON(data, fuzzLimits)
		checkParse(t, n, problems, err)
		valid := json.Valid(data)
		if err == nil && !valid {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		if err == nil {
			sameAsEncodingJSON(t, data, n.Value())
		} else if valid && !strings.Contains(err.Error(), "nesting deeper") && !strings.Contains(err.Error(), "more than") {
			t.Fatalf("rejected valid JSON %q: %v", data, err)
		}
	})
}

// sameAsEncodingJSON checks that a parsed value is what encoding/json reads
// from data (numbers as written, the last of duplicate keys, U+FFFD for
// invalid UTF-8).
func sameAsEncodingJSON(t *testing.T, data []byte, got any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var want any
	if err := dec.Decode(&want); err != nil {
		t.Fatalf("encoding/json cannot read %q: %v", data, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q parsed as %#v, encoding/json reads %#v", data, got, want)
	}
}

func FuzzParseYAML(f *testing.F) {
	f.Add([]byte("openapi: 3.0.0\npaths:\n  /a: {get: {}}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, problems, err := ParseYAML(data, fuzzLimits)
		checkParse(t, n, problems, err)
	})
}

var knownStatus = map[string]bool{
	statusOK: true, statusMissing: true, statusRemote: true, statusOutsideRoot: true,
	statusCycle: true, statusInvalid: true, statusUnreadable: true,
}

// FuzzLoad loads a document and a fragment it may reference, from a
// directory inside a parent that holds a file the document must not read.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: {A: {$ref: 'frag.yaml#/B'}}}\n"),
		[]byte("B: {type: string}\n"))
	f.Fuzz(func(t *testing.T, doc, frag []byte) {
		parent := t.TempDir()
		dir := filepath.Join(parent, "root")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, data := range map[string][]byte{
			filepath.Join(parent, "outside.yaml"): []byte("B: {type: string}\n"),
			filepath.Join(dir, "api.yaml"):        doc,
			filepath.Join(dir, "frag.yaml"):       frag,
		} {
			if err := os.WriteFile(name, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		d, err := LoadFile(filepath.Join(dir, "api.yaml"), Options{RefRoot: dir, Limits: fuzzLimits})
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if _, err := json.Marshal(d.Input); err != nil {
			t.Fatalf("input does not marshal: %v", err)
		}
		for _, file := range d.Files {
			if file.Abs != "" && !strings.HasPrefix(file.Abs, dir+string(filepath.Separator)) {
				t.Fatalf("read %s, outside the ref root %s", file.Abs, dir)
			}
		}
		refs, _ := d.Input["refs"].([]any)
		for _, r := range refs {
			st := r.(map[string]any)["status"].(string)
			if !knownStatus[st] {
				t.Fatalf("unknown ref status %q", st)
			}
		}
		for _, p := range d.Problems {
			if p.Message == "" {
				t.Fatalf("problem without a message: %+v", p)
			}
		}
	})
}
