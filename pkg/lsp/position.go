package lsp

import (
	"bytes"
	"sort"
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

// Position encodings (LSP 3.17 general.positionEncodings).
const (
	encUTF16 = "utf-16"
	encUTF8  = "utf-8"
)

// text indexes the lines of a document to convert between byte offsets and
// protocol positions, whose character counts UTF-16 code units or bytes as
// negotiated.
type text struct {
	data   []byte
	starts []int
	enc    string
}

func newText(data []byte, enc string) *text {
	starts := make([]int, 1, bytes.Count(data, []byte{'\n'})+1)
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &text{data: data, starts: starts, enc: enc}
}

// position converts a byte offset.
func (t *text) position(off int) protocol.Position {
	off = max(0, min(off, len(t.data)))
	line := sort.Search(len(t.starts), func(i int) bool { return t.starts[i] > off }) - 1
	seg := t.data[t.starts[line]:off]
	return protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(units(seg, t.enc))}
}

// offset converts a position; characters past the line's end mean its end.
func (t *text) offset(p protocol.Position) int {
	line := int(p.Line)
	if line >= len(t.starts) {
		return len(t.data)
	}
	end := len(t.data)
	if line+1 < len(t.starts) {
		end = t.starts[line+1] - 1
	}
	off, want := t.starts[line], int(p.Character)
	for n := 0; off < end && n < want; {
		r, size := utf8.DecodeRune(t.data[off:])
		n += runeUnits(r, size, t.enc)
		if n > want { // inside a surrogate pair: stay before it
			break
		}
		off += size
	}
	return off
}

func (t *text) rangeOf(start, end int) protocol.Range {
	return protocol.Range{Start: t.position(start), End: t.position(max(start, end))}
}

// units counts the characters of seg in the encoding.
func units(seg []byte, enc string) int {
	if enc == encUTF8 {
		return len(seg)
	}
	n := 0
	for len(seg) > 0 {
		r, size := utf8.DecodeRune(seg)
		n += runeUnits(r, size, enc)
		seg = seg[size:]
	}
	return n
}

func runeUnits(r rune, size int, enc string) int {
	switch {
	case enc == encUTF8:
		return size
	case r >= 0x10000:
		return 2
	}
	return 1
}
