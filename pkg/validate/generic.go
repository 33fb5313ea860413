package validate

import (
	"encoding/json"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// yamlToGeneric parses YAML (or JSON, a subset) into the generic values the
// validator works on: map[string]any, []any, string, bool, nil and
// json.Number for numbers.
func yamlToGeneric(data []byte) (any, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("parse yaml: %w", err)
	}
	return nodeToGeneric(&root, 0)
}

// maxYAMLDepth bounds recursion (alias cycles, absurd nesting).
const maxYAMLDepth = 1000

func nodeToGeneric(n *yaml.Node, depth int) (any, error) {
	if depth > maxYAMLDepth {
		return nil, fmt.Errorf("yaml nesting deeper than %d at line %d", maxYAMLDepth, n.Line)
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return nodeToGeneric(n.Content[0], depth+1)
	case yaml.AliasNode:
		return nodeToGeneric(n.Alias, depth+1)
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := nodeToGeneric(c, depth+1)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.MappingNode:
		return mappingToGeneric(n, depth)
	case yaml.ScalarNode:
		return scalarToGeneric(n)
	}
	return nil, fmt.Errorf("unsupported yaml node kind %d at line %d", n.Kind, n.Line)
}

func mappingToGeneric(n *yaml.Node, depth int) (map[string]any, error) {
	out := make(map[string]any, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, vn := n.Content[i], n.Content[i+1]
		if k.Tag == "!!merge" {
			if err := mergeInto(out, vn, depth); err != nil {
				return nil, err
			}
			continue
		}
		v, err := nodeToGeneric(vn, depth+1)
		if err != nil {
			return nil, err
		}
		out[k.Value] = v
	}
	return out, nil
}

// mergeInto applies a YAML merge key (<<) without overriding explicit keys.
func mergeInto(out map[string]any, vn *yaml.Node, depth int) error {
	v, err := nodeToGeneric(vn, depth+1)
	if err != nil {
		return err
	}
	maps := []any{v}
	if seq, ok := v.([]any); ok {
		maps = seq
	}
	for _, m := range maps {
		mm, ok := m.(map[string]any)
		if !ok {
			return fmt.Errorf("merge key value is not a mapping at line %d", vn.Line)
		}
		for k, val := range mm {
			if _, exists := out[k]; !exists {
				out[k] = val
			}
		}
	}
	return nil
}

func scalarToGeneric(n *yaml.Node) (any, error) {
	switch n.ShortTag() {
	case "!!null":
		return nil, nil
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			return nil, err
		}
		return b, nil
	case "!!int", "!!float":
		return yamlNumber(n)
	}
	return n.Value, nil
}

// yamlNumber turns a YAML number into json.Number, normalising YAML-only
// spellings (0x1F, 0o17, 1_000, .inf) through a decode when needed.
func yamlNumber(n *yaml.Node) (any, error) {
	if isJSONNumber(n.Value) {
		return json.Number(n.Value), nil
	}
	var f float64
	if err := n.Decode(&f); err != nil {
		return n.Value, nil
	}
	b, err := json.Marshal(f)
	if err != nil { // NaN or Inf have no JSON form: keep the text
		return n.Value, nil
	}
	return json.Number(b), nil
}

func isJSONNumber(s string) bool {
	if s == "" || strings.ContainsAny(s, "_xXoO") {
		return false
	}
	var num json.Number
	return json.Unmarshal([]byte(s), &num) == nil
}
