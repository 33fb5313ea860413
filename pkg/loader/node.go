// Package loader reads OpenAPI documents: files, directories and standard
// input; JSON and YAML with positions; $ref resolution across files; and the
// derived views that rules read.
package loader

import (
	"encoding/json"
	"strings"
)

// Kind is the type of a parsed value.
type Kind uint8

// The kinds of nodes.
const (
	NullNode Kind = iota
	BoolNode
	NumberNode
	StringNode
	MapNode
	SeqNode
)

// Node is one value of a parsed document with its position. Map members keep
// document order.
type Node struct {
	Kind Kind
	// Line and Col locate the value; KeyLine and KeyCol the key naming it in
	// its parent map (equal to Line and Col for sequence items and roots).
	Line, Col, KeyLine, KeyCol int32
	Text                       string   // scalar text: string value, number literal, "true"/"false"
	Keys                       []string // map keys, parallel to Kids
	Kids                       []*Node  // map values or sequence items

	index map[string]int
}

const indexThreshold = 12

// Get returns the member of a map node, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != MapNode {
		return nil
	}
	if len(n.Keys) > indexThreshold {
		if n.index == nil {
			n.index = make(map[string]int, len(n.Keys))
			for i, k := range n.Keys {
				n.index[k] = i
			}
		}
		if i, ok := n.index[key]; ok {
			return n.Kids[i]
		}
		return nil
	}
	for i, k := range n.Keys {
		if k == key {
			return n.Kids[i]
		}
	}
	return nil
}

// Has reports whether a map node has the key.
func (n *Node) Has(key string) bool { return n.Get(key) != nil }

// Str returns the text of a string member, or "".
func (n *Node) Str(key string) string {
	c := n.Get(key)
	if c == nil || c.Kind != StringNode {
		return ""
	}
	return c.Text
}

// Bool returns a boolean member, false when absent or not a boolean.
func (n *Node) Bool(key string) bool {
	c := n.Get(key)
	return c != nil && c.Kind == BoolNode && c.Text == "true"
}

// IsMap reports whether n is a map node.
func (n *Node) IsMap() bool { return n != nil && n.Kind == MapNode }

// IsSeq reports whether n is a sequence node.
func (n *Node) IsSeq() bool { return n != nil && n.Kind == SeqNode }

// Lookup follows an RFC 6901 pointer from n. It returns the node and the
// deepest node reached when the pointer does not resolve completely.
func (n *Node) Lookup(pointer string) (found *Node, deepest *Node) {
	if pointer == "" {
		return n, n
	}
	if !strings.HasPrefix(pointer, "/") {
		return nil, n
	}
	cur := n
	for _, tok := range strings.Split(pointer[1:], "/") {
		next := cur.child(Unescape(tok))
		if next == nil {
			return nil, cur
		}
		cur = next
	}
	return cur, cur
}

func (n *Node) child(tok string) *Node {
	switch n.Kind {
	case MapNode:
		return n.Get(tok)
	case SeqNode:
		i, ok := seqIndex(tok)
		if ok && i < len(n.Kids) {
			return n.Kids[i]
		}
	}
	return nil
}

func seqIndex(tok string) (int, bool) {
	if tok == "" || len(tok) > 9 || (len(tok) > 1 && tok[0] == '0') {
		return 0, false
	}
	i := 0
	for _, c := range tok {
		if c < '0' || c > '9' {
			return 0, false
		}
		i = i*10 + int(c-'0')
	}
	return i, true
}

// Value converts the node to generic Go values: map[string]any, []any,
// string, json.Number, bool and nil.
func (n *Node) Value() any {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case BoolNode:
		return n.Text == "true"
	case NumberNode:
		return json.Number(n.Text)
	case StringNode:
		return n.Text
	case MapNode:
		m := make(map[string]any, len(n.Keys))
		for i, k := range n.Keys {
			m[k] = n.Kids[i].Value()
		}
		return m
	case SeqNode:
		s := make([]any, len(n.Kids))
		for i, k := range n.Kids {
			s[i] = k.Value()
		}
		return s
	}
	return nil
}

// Len is the number of members or items; 0 for scalars and nil.
func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return len(n.Kids)
}
