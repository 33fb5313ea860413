package loader

import (
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
