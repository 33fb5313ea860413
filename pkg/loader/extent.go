package loader

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Extent is where an element is written in its file's Data: the key that
// names it in its map (empty for sequence items and the root) and its value.
// Offsets are bytes, ends exclusive. A container's value extent is its first
// line.
type Extent struct {
	KeyStart, KeyEnd     int
	ValueStart, ValueEnd int
	HasKey               bool
}

// Locator finds where the elements of one file are written. Build one per
// file and reuse it: it indexes the file's lines.
type Locator struct {
	f  *File
	ls lines
}

// NewLocator returns a Locator for f, which must be parsed (Root set).
func NewLocator(f *File) *Locator { return &Locator{f: f, ls: newLines(f.Data)} }

// Extent locates the element at pointer. A pointer that does not resolve
// completely gives the extent of the deepest element it reaches, with exact
// false.
func (l *Locator) Extent(pointer string) (n *Node, e Extent, exact bool) {
	if l.f.Root == nil {
		return nil, Extent{}, false
	}
	n, hasKey, exact := l.f.walk(pointer)
	return n, l.NodeExtent(n, hasKey), exact
}

// walk follows pointer as far as it resolves; hasKey tells whether the node
// reached is a map member.
func (f *File) walk(pointer string) (n *Node, hasKey, exact bool) {
	n = f.Root
	if pointer == "" {
		return n, false, true
	}
	if !strings.HasPrefix(pointer, "/") {
		return n, false, false
	}
	for _, tok := range strings.Split(pointer[1:], "/") {
		next := n.child(Unescape(tok))
		if next == nil {
			return n, hasKey, false
		}
		hasKey = n.Kind == MapNode
		n = next
	}
	return n, hasKey, true
}

// NodeExtent is the extent of a node of the file; hasKey tells whether it is
// a map member (its key is then located too).
func (l *Locator) NodeExtent(n *Node, hasKey bool) Extent {
	f := l.f
	var e Extent
	if n == nil {
		return e
	}
	if hasKey {
		e.HasKey = true
		e.KeyStart = l.Offset(n.KeyLine, n.KeyCol)
		e.KeyEnd = f.tokenEnd(e.KeyStart, "", true)
	}
	e.ValueStart = l.Offset(n.Line, n.Col)
	switch n.Kind {
	case MapNode, SeqNode:
		e.ValueEnd = lineEnd(f.Data, e.ValueStart)
	default:
		e.ValueEnd = f.tokenEnd(e.ValueStart, n.Text, false)
	}
	return e
}

// Offset is the byte offset in Data of a node position (Node.Line/Col or
// KeyLine/KeyCol: YAML columns count characters, JSON columns bytes).
func (l *Locator) Offset(line, col int32) int {
	ls, f := l.ls, l.f
	if line < 1 || int(line) > len(ls) {
		return 0
	}
	if f.Format == "json" {
		return min(ls[line-1]+int(col)-1, len(f.Data))
	}
	return ls[line-1] + runeColToByte(f.Data, ls, int(line), int(col)) - 1
}

// runeColToByte converts a 1-based column counted in characters on a line
// to a 1-based column counted in bytes.
func runeColToByte(data []byte, ls lines, line, col int) int {
	if line < 1 || line > len(ls) {
		return col
	}
	start := ls[line-1]
	off := start
	for i := 1; i < col && off < len(data) && data[off] != '\n'; i++ {
		_, size := utf8.DecodeRune(data[off:])
		off += size
	}
	return off - start + 1
}

// tokenEnd is where the scalar or key written at off ends. text is the
// scalar's value, which a plain YAML scalar spells out as written.
func (f *File) tokenEnd(off int, text string, key bool) int {
	d := f.Data
	if off >= len(d) {
		return len(d)
	}
	switch d[off] {
	case '"':
		return quotedEnd(d, off, '"')
	case '\'':
		if f.Format != "json" {
			return quotedEnd(d, off, '\'')
		}
	case '|', '>':
		if !key && f.Format != "json" {
			return blockEnd(d, off)
		}
	}
	if !key && text != "" && bytes.HasPrefix(d[off:], []byte(text)) {
		return off + len(text)
	}
	return plainEnd(d, off, key || f.Format == "json")
}

// quotedEnd is the end of a quoted scalar starting at off: backslash escapes
// in double quotes, doubled quotes in single quotes.
func quotedEnd(d []byte, off int, q byte) int {
	for i := off + 1; i < len(d); i++ {
		switch {
		case q == '"' && d[i] == '\\':
			i++
		case d[i] == q && q == '\'' && i+1 < len(d) && d[i+1] == '\'':
			i++
		case d[i] == q:
			return i + 1
		}
	}
	return len(d)
}

// plainEnd is the end of an unquoted token: the line's end, a comment, a
// flow indicator, or (for keys and JSON) a colon.
func plainEnd(d []byte, off int, stopAtColon bool) int {
	end := off
	for i := off; i < len(d); i++ {
		c := d[i]
		if c == '\n' || c == '\r' || c == ',' || c == ']' || c == '}' {
			break
		}
		if c == '#' && i > off && (d[i-1] == ' ' || d[i-1] == '\t') {
			break
		}
		if c == ':' && stopAtColon && (i+1 == len(d) || strings.IndexByte(" \t\r\n", d[i+1]) >= 0) {
			break
		}
		if c != ' ' && c != '\t' {
			end = i + 1
		}
	}
	return max(end, off)
}

// blockEnd is the end of a YAML block scalar whose indicator is at off: the
// last non-blank line indented deeper than the indicator's line.
func blockEnd(d []byte, off int) int {
	lineStart := bytes.LastIndexByte(d[:off], '\n') + 1
	indent := indentOf(d[lineStart:])
	end := lineEnd(d, off)
	for i := end + 1; i < len(d); {
		e := lineEnd(d, i)
		line := d[i:e]
		if len(bytes.TrimSpace(line)) > 0 {
			if indentOf(line) <= indent {
				break
			}
			end = e
		}
		i = e + 1
	}
	return end
}

func indentOf(line []byte) int {
	n := 0
	for n < len(line) && line[n] == ' ' {
		n++
	}
	return n
}

// lineEnd is the end of the line holding off, trailing spaces and carriage
// return excluded.
func lineEnd(d []byte, off int) int {
	e := bytes.IndexByte(d[off:], '\n')
	if e < 0 {
		e = len(d)
	} else {
		e += off
	}
	for e > off && (d[e-1] == '\r' || d[e-1] == ' ' || d[e-1] == '\t') {
		e--
	}
	return e
}
