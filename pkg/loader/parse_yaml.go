package loader

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxAliasNodes bounds the values that YAML alias expansion may create.
const maxAliasNodes = 1_000_000

type yamlConverter struct {
	limits     Limits
	nodes      int
	inAlias    int
	aliasNodes int
	dups       []Problem
	path       []string
}

// ParseYAML parses the first YAML document keeping positions. Aliases are
// expanded within Limits.MaxNodes, so alias bombs stop with an error.
func ParseYAML(data []byte, limits Limits) (n *Node, problems []Problem, err error) {
	if off := yamlNodeBound(data, 2*limits.MaxNodes+1); off >= 0 {
		line := bytes.Count(data[:off], []byte{'\n'}) + 1
		return nil, nil, fmt.Errorf("line %d: more than %d values, counted before parsing (YAML's parser builds every node before they can be counted)", line, limits.MaxNodes)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, nil, cleanYAMLError(err)
	}
	if doc.Kind == 0 {
		return nil, nil, errors.New("empty document")
	}
	c := &yamlConverter{limits: limits}
	root := &doc
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		root = doc.Content[0]
	}
	n, err = c.convert(root, 0)
	if err != nil {
		return nil, nil, err
	}
	return n, c.dups, nil
}

func cleanYAMLError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	return errors.New(msg)
}

func (c *yamlConverter) convert(y *yaml.Node, depth int) (*Node, error) {
	if depth > c.limits.MaxDepth {
		return nil, fmt.Errorf("line %d column %d: nesting deeper than %d levels", y.Line, y.Column, c.limits.MaxDepth)
	}
	c.nodes++
	if c.nodes > c.limits.MaxNodes {
		return nil, fmt.Errorf("line %d column %d: more than %d values after expanding aliases (alias bomb?)", y.Line, y.Column, c.limits.MaxNodes)
	}
	if err := c.limits.stopped(c.nodes); err != nil {
		return nil, err
	}
	if c.inAlias > 0 {
		c.aliasNodes++
		if c.aliasNodes > maxAliasNodes {
			return nil, fmt.Errorf("line %d column %d: YAML aliases expand to more than %d values (alias bomb?)", y.Line, y.Column, maxAliasNodes)
		}
	}
	n := &Node{Line: int32(y.Line), Col: int32(y.Column), KeyLine: int32(y.Line), KeyCol: int32(y.Column)}
	switch y.Kind {
	case yaml.AliasNode:
		if y.Alias == nil {
			return nil, fmt.Errorf("line %d column %d: unknown alias", y.Line, y.Column)
		}
		c.inAlias++
		a, err := c.convert(y.Alias, depth+1)
		c.inAlias--
		if err != nil {
			return nil, err
		}
		a.Line, a.Col, a.KeyLine, a.KeyCol = n.Line, n.Col, n.KeyLine, n.KeyCol
		return a, nil
	case yaml.DocumentNode:
		if len(y.Content) == 0 {
			n.Kind = NullNode
			return n, nil
		}
		return c.convert(y.Content[0], depth)
	case yaml.MappingNode:
		return n, c.mapping(n, y, depth)
	case yaml.SequenceNode:
		n.Kind = SeqNode
		for i, e := range y.Content {
			c.path = append(c.path, strconv.Itoa(i))
			k, err := c.convert(e, depth+1)
			c.path = c.path[:len(c.path)-1]
			if err != nil {
				return nil, err
			}
			n.Kids = append(n.Kids, k)
		}
		return n, nil
	}
	scalar(n, y)
	return n, nil
}

func (c *yamlConverter) mapping(n *Node, y *yaml.Node, depth int) error {
	n.Kind = MapNode
	seen := map[string]int{}
	for i := 0; i+1 < len(y.Content); i += 2 {
		k, v := y.Content[i], y.Content[i+1]
		if k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		if k.Value == "<<" && k.ShortTag() == "!!merge" {
			if err := c.merge(n, v, depth, seen); err != nil {
				return err
			}
			continue
		}
		c.path = append(c.path, k.Value)
		child, err := c.convert(v, depth+1)
		c.path = c.path[:len(c.path)-1]
		if err != nil {
			return err
		}
		child.KeyLine, child.KeyCol = int32(k.Line), int32(k.Column)
		if j, dup := seen[k.Value]; dup {
			c.dups = append(c.dups, Problem{Kind: "parse", Pointer: Join("", append(c.path, k.Value)...),
				Message: fmt.Sprintf("duplicate key %q (line %d); the last value is used", k.Value, k.Line)})
			n.Kids[j] = child
			continue
		}
		seen[k.Value] = len(n.Keys)
		n.Keys = append(n.Keys, k.Value)
		n.Kids = append(n.Kids, child)
	}
	return nil
}

// merge applies a YAML merge key: members of the merged maps that the map
// does not define itself.
func (c *yamlConverter) merge(n *Node, v *yaml.Node, depth int, seen map[string]int) error {
	src, err := c.convert(v, depth+1)
	if err != nil {
		return err
	}
	maps := []*Node{src}
	if src.Kind == SeqNode {
		maps = src.Kids
	}
	for _, m := range maps {
		for i, key := range m.Keys {
			if _, ok := seen[key]; ok {
				continue
			}
			seen[key] = len(n.Keys)
			n.Keys = append(n.Keys, key)
			n.Kids = append(n.Kids, m.Kids[i])
		}
	}
	return nil
}

func scalar(n *Node, y *yaml.Node) {
	n.Text = y.Value
	switch y.ShortTag() {
	case "!!null":
		n.Kind, n.Text = NullNode, ""
	case "!!bool":
		n.Kind = BoolNode
		if b, err := strconv.ParseBool(strings.ToLower(y.Value)); err == nil && b {
			n.Text = "true"
		} else {
			n.Text = "false"
		}
	case "!!int", "!!float":
		if num, ok := jsonNumber(y.Value); ok {
			n.Kind, n.Text = NumberNode, num
			return
		}
		n.Kind = StringNode
	default:
		n.Kind = StringNode
	}
}

// jsonNumber renders a YAML number as a JSON number literal.
func jsonNumber(s string) (string, bool) {
	clean := strings.ReplaceAll(s, "_", "")
	if i, err := strconv.ParseInt(clean, 0, 64); err == nil {
		return strconv.FormatInt(i, 10), true
	}
	if u, err := strconv.ParseUint(clean, 0, 64); err == nil {
		return strconv.FormatUint(u, 10), true
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return "", false
	}
	if isJSONNumber(clean) {
		return clean, true
	}
	return strconv.FormatFloat(f, 'g', -1, 64), true
}

// jsonNumberLiteral is the grammar of a JSON number (RFC 8259, section 6).
var jsonNumberLiteral = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// isJSONNumber reports whether s is a JSON number literal as written
// (YAML also accepts "1.", ".5", "0.E0", "+1" or "0x1F", which JSON does not).
func isJSONNumber(s string) bool { return jsonNumberLiteral.MatchString(s) }

// yamlNodeBound counts, in one pass without allocating, an upper bound of
// the nodes (keys and values) that the YAML parser builds for data before
// aliases are expanded, and returns the offset where it passes limit, or -1.
// Every node but the first follows an indicator: a flow item follows "[" or
// ",", a flow key (and its value, perhaps empty) "{" or ",", a block item
// "- ", an explicit key and its value "? ", a key and its value ":". So the
// bound is 1 + "[" + 2×(":" "{" "," "- " "? "), counted anywhere, quoted
// text and comments included (it can only overcount: prose holds some; real
// specs stay under four per value). The value limit counts values, about
// half the nodes. FuzzYAMLNodeBound checks the bound against the parser.
func yamlNodeBound(data []byte, limit int) int {
	n := 1
	for i, c := range data {
		switch c {
		case ':', '{', ',':
			n += 2
		case '[':
			n++
		case '-', '?':
			if i+1 == len(data) || data[i+1] == ' ' || data[i+1] == '\t' || data[i+1] == '\n' || data[i+1] == '\r' {
				n += 2
			}
		default:
			continue
		}
		if n > limit {
			return i
		}
	}
	return -1
}
