package loader

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
)

// scanAll walks every loaded file once: it resolves every $ref (loading the
// fragments they name), collects strings worth scanning for secrets, and
// the x-oasguard-ignore maps.
func (b *builder) scanAll() {
	for i := 0; i < len(b.files.order); i++ { // order grows while scanning
		f := b.files.order[i]
		b.scanNode(&cursor{f: f}, f.Root, "")
	}
}

// cursor is where a walk of every node of a file stands: the pointer is kept
// as tokens and written out only for the few nodes the walk records.
type cursor struct {
	f    *File
	toks []string
}

func (c *cursor) push(tok string) { c.toks = append(c.toks, tok) }
func (c *cursor) pop()            { c.toks = c.toks[:len(c.toks)-1] }

// children calls fn for each member (with its key) or item (key "") of n,
// the cursor standing on it.
func (c *cursor) children(n *Node, fn func(key string, v *Node)) {
	for i, v := range n.Kids {
		key := ""
		if n.Kind == MapNode {
			key = n.Keys[i]
			c.push(key)
		} else {
			c.push(strconv.Itoa(i))
		}
		fn(key, v)
		c.pop()
	}
}

// at is the location of n, the node the cursor stands on.
func (c *cursor) at(n *Node) loc {
	return loc{f: c.f, ptr: Join("", c.toks...), n: n}
}

// literalKeys hold example data, not OpenAPI objects.
var literalKeys = map[string]bool{"example": true, "enum": true, "default": true, "const": true, "x-example": true}

// textKeys name the string values collected for secret scanning.
var textKeys = map[string]bool{
	"example": true, "default": true, "x-example": true, "value": true, "description": true,
	"url": true, "summary": true, "examples": true, "enum": true, "const": true,
}

const ignoreKey = "x-oasguard-ignore"

// Bounds on the patterns checkPattern compiles.
const (
	maxPatternBytes    = 4 << 10
	patternBudgetBytes = 64 << 10
)

func (b *builder) scanNode(c *cursor, n *Node, key string) {
	b.walked++
	if b.stopped == nil {
		b.stopped = b.files.opts.Limits.stopped(b.walked)
	}
	if b.stopped != nil {
		return
	}
	switch n.Kind {
	case MapNode:
		if r := n.Get("$ref"); r != nil && r.Kind == StringNode {
			b.ref(c.at(n))
			return
		}
		if ig := n.Get(ignoreKey); ig != nil {
			owner := c.at(n)
			b.collectIgnore(owner.at(ignoreKey), owner.ptr)
		}
		example := isExampleObject(n)
		c.children(n, func(k string, v *Node) {
			if literalKeys[k] || (example && k == "value") || (b.v2 && k == "examples") {
				b.collectStrings(c, v, k)
			} else {
				b.scanNode(c, v, k)
			}
		})
	case SeqNode:
		c.children(n, func(_ string, v *Node) { b.scanNode(c, v, key) })
	case StringNode:
		if textKeys[key] {
			b.addString(c, n, key)
		}
		if key == "pattern" {
			b.checkPattern(c, n)
		}
	}
}

// checkPattern reports a pattern that Go's RE2 engine (and the tools built on
// it, kin-openapi included) cannot compile. ECMA-262 features such as
// lookarounds and backreferences are valid OpenAPI but not portable.
//
// Compiling is bounded: a pattern longer than maxPatternBytes is not
// compiled (Go's compiler takes up to a second for a long one within its own
// limits), nor any pattern once a document's patterns total
// patternBudgetBytes; each is reported, so that nothing passes unchecked
// silently.
func (b *builder) checkPattern(c *cursor, n *Node) {
	if len(n.Text) > maxPatternBytes || b.patternBytes+len(n.Text) > patternBudgetBytes {
		b.extra = append(b.extra, Problem{Kind: "regex", File: c.f.Path, Pointer: c.at(n).ptr,
			Message: fmt.Sprintf("pattern of %d bytes was not checked: patterns are checked up to %d bytes each and %d bytes per document", len(n.Text), maxPatternBytes, patternBudgetBytes)})
		return
	}
	b.patternBytes += len(n.Text)
	if _, err := regexp.Compile(n.Text); err != nil {
		msg := strings.TrimPrefix(err.Error(), "error parsing regexp: ")
		b.extra = append(b.extra, Problem{Kind: "regex", File: c.f.Path, Pointer: c.at(n).ptr,
			Message: fmt.Sprintf("pattern %q cannot be compiled by RE2-based validators: %s", n.Text, msg)})
	}
}

// collectStrings gathers every string inside literal data.
func (b *builder) collectStrings(c *cursor, n *Node, key string) {
	switch n.Kind {
	case StringNode:
		b.addString(c, n, key)
	case MapNode, SeqNode:
		c.children(n, func(_ string, v *Node) { b.collectStrings(c, v, key) })
	}
}

func (b *builder) addString(c *cursor, n *Node, key string) {
	if len(n.Text) < 8 {
		return
	}
	ix, _ := b.stringIndex[n.Text].([]any)
	b.stringIndex[n.Text] = append(ix, len(b.strings))
	b.strings = append(b.strings, c.at(n).where(map[string]any{"key": key, "value": n.Text}))
}

func (b *builder) collectIgnore(ig loc, owner string) {
	if !ig.n.IsMap() {
		b.extra = append(b.extra, Problem{Kind: "parse", File: ig.f.Path, Pointer: ig.ptr,
			Message: "x-oasguard-ignore must map rule ids to reasons"})
		return
	}
	rules := map[string]string{}
	ig.members(func(rule string, reason loc) {
		if reason.n.Kind != StringNode || reason.n.Text == "" {
			b.extra = append(b.extra, Problem{Kind: "parse", File: ig.f.Path, Pointer: reason.ptr,
				Message: fmt.Sprintf("x-oasguard-ignore for %q has no reason; it is not applied", rule)})
			return
		}
		rules[rule] = reason.n.Text
	})
	if len(rules) > 0 {
		b.ignores = append(b.ignores, report.Ignore{File: ig.f.Path, Pointer: owner, Rules: rules})
	}
}
