package loader

import (
	"github.com/oasguard/oasguard/pkg/report"

	"fmt"
	"regexp"
	"strings"
)

// scanAll walks every loaded file once: it resolves every $ref (loading the
// fragments they name), collects strings worth scanning for secrets, and
// the x-oasguard-ignore maps.
func (b *builder) scanAll() {
	for i := 0; i < len(b.files.order); i++ { // order grows while scanning
		f := b.files.order[i]
		b.scanNode(loc{f: f, ptr: "", n: f.Root}, "")
	}
}

// literalKeys hold example data, not OpenAPI objects.
var literalKeys = map[string]bool{"example": true, "enum": true, "default": true, "const": true, "x-example": true}

// textKeys name the string values collected for secret scanning.
var textKeys = map[string]bool{
	"example": true, "default": true, "x-example": true, "value": true, "description": true,
	"url": true, "summary": true, "examples": true, "enum": true, "const": true,
}

const ignoreKey = "x-oasguard-ignore"

func (b *builder) scanNode(l loc, key string) {
	switch l.n.Kind {
	case MapNode:
		if _, ok := b.ref(l); ok {
			return
		}
		if ig := l.sub(ignoreKey); ig.valid() {
			b.collectIgnore(ig, l.ptr)
		}
		example := isExampleObject(l.n)
		l.members(func(k string, v loc) {
			if literalKeys[k] || (example && k == "value") || (b.v2 && k == "examples") {
				b.collectStrings(v, k)
				return
			}
			b.scanNode(v, k)
		})
	case SeqNode:
		l.items(func(_ int, v loc) { b.scanNode(v, key) })
	case StringNode:
		if textKeys[key] {
			b.addString(l, key)
		}
		if key == "pattern" {
			b.checkPattern(l)
		}
	}
}

// checkPattern reports a pattern that Go's RE2 engine (and the tools built on
// it, kin-openapi included) cannot compile. ECMA-262 features such as
// lookarounds and backreferences are valid OpenAPI but not portable.
func (b *builder) checkPattern(l loc) {
	if _, err := regexp.Compile(l.n.Text); err != nil {
		msg := strings.TrimPrefix(err.Error(), "error parsing regexp: ")
		b.extra = append(b.extra, Problem{Kind: "regex", File: l.f.Path, Pointer: l.ptr,
			Message: fmt.Sprintf("pattern %q cannot be compiled by RE2-based validators: %s", l.n.Text, msg)})
	}
}

// collectStrings gathers every string inside literal data.
func (b *builder) collectStrings(l loc, key string) {
	switch l.n.Kind {
	case StringNode:
		b.addString(l, key)
	case MapNode, SeqNode:
		for i := range l.n.Kids {
			if l.n.Kind == MapNode {
				b.collectStrings(loc{f: l.f, ptr: Join(l.ptr, l.n.Keys[i]), n: l.n.Kids[i]}, key)
			} else {
				b.collectStrings(l.item(i), key)
			}
		}
	}
}

func (b *builder) addString(l loc, key string) {
	if len(l.n.Text) < 8 {
		return
	}
	ix, _ := b.stringIndex[l.n.Text].([]any)
	b.stringIndex[l.n.Text] = append(ix, len(b.strings))
	b.strings = append(b.strings, l.where(map[string]any{"key": key, "value": l.n.Text}))
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
