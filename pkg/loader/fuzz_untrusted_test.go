package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// FuzzYAMLNodeBound checks, on the YAML parser's own node stream, that
// yamlNodeBound is an upper bound: every document the parser reads builds
// at most as many nodes as counted before parsing. A text that undercounts
// would let a document past the value limit allocate before it is checked.
func FuzzYAMLNodeBound(f *testing.F) {
	for _, s := range []string{
		"a: 1", "[1, 2, [3, {a: b}]]", "- a\n- b:\n    c: d\n", "? a\n: b\n", "{a, b: c}", "a: &x [1, *x]",
		"'a, b': \"c: d\"\n", "a: |\n  x: y\n", "- - - 1\n", "[a,b,]", "{? a : b}", "a: [1,\n 2]", "-1: -2\n",
		"a:\tb\n", "[:a]", "{a:1}", "{\"a\":1}", "? [a, b]\n: c\n", "!!str a: !!int 1", "a: >-\n  b\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(s), &doc); err != nil {
			return
		}
		nodes := countYAMLNodes(&doc)
		if off := yamlNodeBound([]byte(s), nodes-1); nodes > 1 && off < 0 {
			t.Fatalf("%q: %d nodes, counted fewer before parsing", s, nodes)
		}
	})
}

// countYAMLNodes counts the nodes below a document node (aliases count one).
func countYAMLNodes(n *yaml.Node) int {
	if n.Kind == yaml.DocumentNode {
		c := 0
		for _, k := range n.Content {
			c += countYAMLNodes(k)
		}
		return c
	}
	c := 1
	for _, k := range n.Content {
		c += countYAMLNodes(k)
	}
	return c
}

func TestYAMLNodeBoundSeeds(t *testing.T) {
	for _, s := range []string{"a: 1", "[1, 2, 3]", "- a\n- b\n", strings.Repeat("a: [1, 2]\n", 1)} {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(s), &doc); err != nil {
			t.Fatal(err)
		}
		if n := countYAMLNodes(&doc); yamlNodeBound([]byte(s), n-1) < 0 {
			t.Errorf("%q: %d nodes, counted fewer", s, n)
		}
	}
}

// FuzzRefChains builds a graph of schemas whose $refs (through allOf,
// items, properties and across two files) are chosen by the input: chains,
// cycles, self-references, missing targets. Loading never panics, every
// $ref gets a known status, and every status error names no content.
func FuzzRefChains(f *testing.F) {
	for _, s := range []string{"\x01\x02\x03\x00", "\x00", "\x05\x05\x05", "\xff\xfe\x01\x81", strings.Repeat("\x01", 200)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, edges []byte) {
		if len(edges) == 0 || len(edges) > 512 {
			return
		}
		n := len(edges)
		var root, frag strings.Builder
		root.WriteString(hostileMinimal + "components:\n  schemas:\n")
		for i, e := range edges {
			target := int(e&0x7f) % (n + 1) // n: a missing schema
			ref := fmt.Sprintf("#/components/schemas/S%d", target)
			if e&0x80 != 0 {
				ref = fmt.Sprintf("frag.yaml#/F%d", target)
			}
			switch i % 3 {
			case 0:
				fmt.Fprintf(&root, "    S%d: {allOf: [{$ref: '%s'}]}\n", i, ref)
			case 1:
				fmt.Fprintf(&root, "    S%d: {type: array, items: {$ref: '%s'}}\n", i, ref)
			default:
				fmt.Fprintf(&root, "    S%d: {$ref: '%s'}\n", i, ref)
			}
			fmt.Fprintf(&frag, "F%d: {properties: {p: {$ref: 'api.yaml#/components/schemas/S%d'}}}\n", i, (i+1)%(n+1))
		}
		dir := t.TempDir()
		for name, data := range map[string]string{"api.yaml": root.String(), "frag.yaml": frag.String()} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		doc, err := LoadFile(filepath.Join(dir, "api.yaml"), Options{RefRoot: dir, SkipValidation: true})
		if err != nil {
			t.Fatal(err)
		}
		known := map[any]bool{statusOK: true, statusMissing: true, statusCycle: true}
		refs, _ := doc.Input["refs"].([]any)
		for _, r := range refs {
			m := r.(map[string]any)
			if !known[m["status"]] {
				t.Errorf("%v: status %v (%v)", m["ref"], m["status"], m["error"])
			}
		}
	})
}
