package loader

import (
	"bytes"
	"encoding/json"
)

// mustJSON renders a node tree as JSON.
func mustJSON(n *Node) []byte {
	var b bytes.Buffer
	writeJSON(&b, n)
	return b.Bytes()
}

func writeJSON(b *bytes.Buffer, n *Node) {
	switch n.Kind {
	case NullNode:
		b.WriteString("null")
	case BoolNode, NumberNode:
		b.WriteString(n.Text)
	case StringNode:
		q, _ := json.Marshal(n.Text)
		b.Write(q)
	case MapNode:
		b.WriteByte('{')
		for i, k := range n.Keys {
			if i > 0 {
				b.WriteByte(',')
			}
			q, _ := json.Marshal(k)
			b.Write(q)
			b.WriteByte(':')
			writeJSON(b, n.Kids[i])
		}
		b.WriteByte('}')
	case SeqNode:
		b.WriteByte('[')
		for i, k := range n.Kids {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, k)
		}
		b.WriteByte(']')
	}
}
