package loader

import (
	"fmt"
	"strings"
	"testing"
)

// TestJSONDuplicateKeys: the last value of a repeated key wins and each
// repeat is reported, in small objects (searched) and large ones (indexed).
func TestJSONDuplicateKeys(t *testing.T) {
	for _, size := range []int{2, manyKeys + 5} {
		var b strings.Builder
		b.WriteString("{")
		for i := range size {
			fmt.Fprintf(&b, "%q: %d,\n", fmt.Sprintf("k%d", i), i)
		}
		b.WriteString(`"k1": "again", "k0": "last"}`)
		n, dups, err := ParseJSON([]byte(b.String()), DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if len(n.Keys) != size {
			t.Errorf("%d keys: parsed %d keys", size, len(n.Keys))
		}
		if got := n.Get("k0").Text; got != "last" {
			t.Errorf("%d keys: k0 = %q, want the last value", size, got)
		}
		if got := n.Get("k1").Text; got != "again" {
			t.Errorf("%d keys: k1 = %q, want the last value", size, got)
		}
		if len(dups) != 2 || !strings.Contains(dups[0].Message, `duplicate key "k1"`) || dups[1].Pointer != "/k0" {
			t.Errorf("%d keys: problems %+v", size, dups)
		}
	}
}

// TestJSONPositions: positions found incrementally match a search of the
// line table, in order and out of order.
func TestJSONPositions(t *testing.T) {
	data := []byte("{\n  \"a\": 1,\n\n  \"b\": [true,\n    null]\n}\n")
	p := &jsonParser{data: data, lines: newLines(data)}
	offsets := []int{0, 1, 2, 5, 11, 12, 13, 20, 3, 30, len(data) - 1, 0}
	for _, off := range offsets {
		wl, wc := p.lines.pos(off)
		if l, c := p.pos(off); l != wl || c != wc {
			t.Errorf("offset %d: %d:%d, want %d:%d", off, l, c, wl, wc)
		}
	}
	n, _, err := ParseJSON(data, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if b := n.Get("b"); b.KeyLine != 4 || b.KeyCol != 3 || b.Kids[1].Line != 5 || b.Kids[1].Col != 5 {
		t.Errorf("b at key %d:%d, null at %d:%d", b.KeyLine, b.KeyCol, b.Kids[1].Line, b.Kids[1].Col)
	}
}
