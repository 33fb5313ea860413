package loader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"

	"github.com/go-json-experiment/json/jsontext"
)

// Limits bound what parsing may cost.
type Limits struct {
	MaxDepth int // nesting levels
	MaxNodes int // values, after YAML alias expansion
	// Context, when set, stops parsing once it is done (the per-document
	// time limit covers loading too).
	Context context.Context
}

// checkEvery is how many values are parsed or walked between two looks at
// the context.
const checkEvery = 4096

// stopped returns the context's error, every checkEvery calls (n counts them).
func (l Limits) stopped(n int) error {
	if l.Context == nil || n%checkEvery != 0 {
		return nil
	}
	return l.Context.Err()
}

// DefaultLimits are generous for real specs and stop resource bombs. The
// largest real-world specs hold under 100,000 values; each value costs about
// 1 KiB through validation and rule evaluation, so a million is the budget.
func DefaultLimits() Limits { return Limits{MaxDepth: 512, MaxNodes: 1_000_000} }

// lines maps byte offsets to 1-based line and column.
type lines []int

func newLines(data []byte) lines {
	ls := make(lines, 1, bytes.Count(data, []byte{'\n'})+1)
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '\n')
		if j < 0 {
			return ls
		}
		i += j + 1
		ls = append(ls, i)
	}
}

func (ls lines) pos(off int) (int32, int32) {
	i := sort.Search(len(ls), func(i int) bool { return ls[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return int32(i + 1), int32(off - ls[i] + 1)
}

type jsonParser struct {
	dec    *jsontext.Decoder
	data   []byte
	lines  lines
	line   int // index in lines of the line of the last position asked
	limits Limits
	nodes  int
	dups   []Problem
	path   []string
}

// ParseJSON parses a JSON document keeping positions, with the token reader
// of encoding/json/v2 (jsontext). Duplicate keys keep the last value and are
// returned as problems; invalid UTF-8 in strings is read as U+FFFD, as
// encoding/json does.
func ParseJSON(data []byte, limits Limits) (*Node, []Problem, error) {
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	p := &jsonParser{dec: dec, data: data, lines: newLines(data), limits: limits}
	n, err := p.value(0)
	if err != nil {
		return nil, nil, err
	}
	if _, err := p.dec.ReadToken(); !errors.Is(err, io.EOF) {
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
	return p.pos(off)
}

// pos is lines.pos, found from the last line asked for: parsing asks for
// positions in order, so it moves forward a line or two at a time.
func (p *jsonParser) pos(off int) (int32, int32) {
	ls := p.lines
	if off < ls[p.line] {
		return ls.pos(off)
	}
	for p.line+1 < len(ls) && ls[p.line+1] <= off {
		p.line++
	}
	return int32(p.line + 1), int32(off - ls[p.line] + 1)
}

func (p *jsonParser) errorf(format string, args ...any) error {
	l, c := p.start()
	return fmt.Errorf("line %d column %d: %s", l, c, fmt.Sprintf(format, args...))
}

func (p *jsonParser) syntax(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return p.errorf("unexpected end of JSON input")
	}
	var se *jsontext.SyntacticError
	if errors.As(err, &se) && se.Err != nil {
		l, c := p.lines.pos(int(se.ByteOffset))
		return fmt.Errorf("line %d column %d: %s", l, c, se.Err.Error())
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
	if err := p.limits.stopped(p.nodes); err != nil {
		return nil, err
	}
	line, col := p.start()
	tok, err := p.dec.ReadToken()
	if err != nil {
		return nil, p.syntax(err)
	}
	n := &Node{Line: line, Col: col, KeyLine: line, KeyCol: col}
	switch tok.Kind() {
	case '{':
		return n, p.object(n, depth)
	case '[':
		return n, p.array(n, depth)
	case '"':
		n.Kind, n.Text = StringNode, tok.String()
	case '0':
		n.Kind, n.Text = NumberNode, tok.String() // as written
	case 't', 'f':
		n.Kind, n.Text = BoolNode, strconv.FormatBool(tok.Bool())
	case 'n':
		n.Kind = NullNode
	default:
		return nil, p.errorf("unexpected %s", tok)
	}
	return n, nil
}

func (p *jsonParser) object(n *Node, depth int) error {
	n.Kind = MapNode
	var seen map[string]int // only for objects with many keys; small ones are searched
	for p.dec.PeekKind() != '}' {
		kl, kc := p.start()
		tok, err := p.dec.ReadToken()
		if err != nil {
			return p.syntax(err)
		}
		if tok.Kind() != '"' {
			return p.errorf("object key is not a string")
		}
		key := tok.String()
		p.path = append(p.path, key)
		child, err := p.value(depth + 1)
		if err != nil {
			return err
		}
		p.path = p.path[:len(p.path)-1]
		child.KeyLine, child.KeyCol = kl, kc
		if i := keyIndex(n.Keys, seen, key); i >= 0 {
			p.dups = append(p.dups, Problem{Kind: "parse", Pointer: Join("", append(p.path, key)...),
				Message: fmt.Sprintf("duplicate key %q (line %d); the last value is used", key, kl)})
			n.Kids[i] = child
			continue
		}
		n.Keys = append(n.Keys, key)
		n.Kids = append(n.Kids, child)
		seen = indexKeys(n.Keys, seen)
	}
	if _, err := p.dec.ReadToken(); err != nil {
		return p.syntax(err)
	}
	return nil
}

// manyKeys is the size from which an object's keys are looked up in a map
// rather than searched.
const manyKeys = 16

// keyIndex is the index of key in keys, or -1; seen indexes keys when set.
func keyIndex(keys []string, seen map[string]int, key string) int {
	if seen != nil {
		if i, ok := seen[key]; ok {
			return i
		}
		return -1
	}
	return slices.Index(keys, key)
}

// indexKeys keeps seen up to date with keys, whose last one was just added;
// it starts the index once there are many keys.
func indexKeys(keys []string, seen map[string]int) map[string]int {
	switch {
	case seen != nil:
		seen[keys[len(keys)-1]] = len(keys) - 1
	case len(keys) > manyKeys:
		seen = make(map[string]int, 2*len(keys))
		for i, k := range keys {
			seen[k] = i
		}
	}
	return seen
}

func (p *jsonParser) array(n *Node, depth int) error {
	n.Kind = SeqNode
	for p.dec.PeekKind() != ']' {
		p.path = append(p.path, strconv.Itoa(len(n.Kids)))
		child, err := p.value(depth + 1)
		p.path = p.path[:len(p.path)-1]
		if err != nil {
			return err
		}
		n.Kids = append(n.Kids, child)
	}
	if _, err := p.dec.ReadToken(); err != nil {
		return p.syntax(err)
	}
	return nil
}
