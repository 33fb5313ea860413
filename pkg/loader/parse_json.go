package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
)

// Limits bound what parsing may cost.
type Limits struct {
	MaxDepth int // nesting levels
	MaxNodes int // values, after YAML alias expansion
}

// DefaultLimits are generous for real specs and stop resource bombs. The
// largest real-world specs hold under 100,000 values; each value costs about
// 1 KiB through validation and rule evaluation, so a million is the budget.
func DefaultLimits() Limits { return Limits{MaxDepth: 512, MaxNodes: 1_000_000} }

// lines maps byte offsets to 1-based line and column.
type lines []int

func newLines(data []byte) lines {
	ls := lines{0}
	for i, c := range data {
		if c == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}

func (ls lines) pos(off int) (int32, int32) {
	i := sort.Search(len(ls), func(i int) bool { return ls[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return int32(i + 1), int32(off - ls[i] + 1)
}

type jsonParser struct {
	dec    *json.Decoder
	data   []byte
	lines  lines
	limits Limits
	nodes  int
	dups   []Problem
	path   []string
}

// ParseJSON parses a JSON document keeping positions. Duplicate keys keep the
// last value and are returned as problems.
func ParseJSON(data []byte, limits Limits) (*Node, []Problem, error) {
	p := &jsonParser{dec: json.NewDecoder(bytes.NewReader(data)), data: data, lines: newLines(data), limits: limits}
	p.dec.UseNumber()
	n, err := p.value(0)
	if err != nil {
		return nil, nil, err
	}
	if _, err := p.dec.Token(); !errors.Is(err, io.EOF) {
		return nil, nil, p.errorf("unexpected data after the top-level value")
	}
	return n, p.dups, nil
}

func (p *jsonParser) start() (int32, int32) {
	off := int(p.dec.InputOffset())
	for off < len(p.data) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return p.lines.pos(off)
}

func (p *jsonParser) errorf(format string, args ...any) error {
	l, c := p.start()
	return fmt.Errorf("line %d column %d: %s", l, c, fmt.Sprintf(format, args...))
}

func (p *jsonParser) syntax(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		l, c := p.lines.pos(int(se.Offset))
		return fmt.Errorf("line %d column %d: %s", l, c, se.Error())
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return p.errorf("unexpected end of JSON input")
	}
	return p.errorf("%v", err)
}

func (p *jsonParser) value(depth int) (*Node, error) {
	if depth > p.limits.MaxDepth {
		return nil, p.errorf("nesting deeper than %d levels", p.limits.MaxDepth)
	}
	p.nodes++
	if p.nodes > p.limits.MaxNodes {
		return nil, p.errorf("more than %d values", p.limits.MaxNodes)
	}
	line, col := p.start()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.syntax(err)
	}
	n := &Node{Line: line, Col: col, KeyLine: line, KeyCol: col}
	switch t := tok.(type) {
	case json.Delim:
		if t == '{' {
			return n, p.object(n, depth)
		}
		if t == '[' {
			return n, p.array(n, depth)
		}
		return nil, p.errorf("unexpected %q", string(t))
	case string:
		n.Kind, n.Text = StringNode, t
	case json.Number:
		n.Kind, n.Text = NumberNode, string(t)
	case bool:
		n.Kind, n.Text = BoolNode, fmt.Sprint(t)
	case nil:
		n.Kind = NullNode
	}
	return n, nil
}

func (p *jsonParser) object(n *Node, depth int) error {
	n.Kind = MapNode
	seen := map[string]int{}
	for p.dec.More() {
		kl, kc := p.start()
		tok, err := p.dec.Token()
		if err != nil {
			return p.syntax(err)
		}
		key, ok := tok.(string)
		if !ok {
			return p.errorf("object key is not a string")
		}
		p.path = append(p.path, key)
		child, err := p.value(depth + 1)
		if err != nil {
			return err
		}
		p.path = p.path[:len(p.path)-1]
		child.KeyLine, child.KeyCol = kl, kc
		if i, dup := seen[key]; dup {
			p.dups = append(p.dups, Problem{Kind: "parse", Pointer: Join("", append(p.path, key)...),
				Message: fmt.Sprintf("duplicate key %q (line %d); the last value is used", key, kl)})
			n.Kids[i] = child
			continue
		}
		seen[key] = len(n.Keys)
		n.Keys = append(n.Keys, key)
		n.Kids = append(n.Kids, child)
	}
	if _, err := p.dec.Token(); err != nil {
		return p.syntax(err)
	}
	return nil
}

func (p *jsonParser) array(n *Node, depth int) error {
	n.Kind = SeqNode
	for p.dec.More() {
		p.path = append(p.path, fmt.Sprint(len(n.Kids)))
		child, err := p.value(depth + 1)
		p.path = p.path[:len(p.path)-1]
		if err != nil {
			return err
		}
		n.Kids = append(n.Kids, child)
	}
	if _, err := p.dec.Token(); err != nil {
		return p.syntax(err)
	}
	return nil
}
