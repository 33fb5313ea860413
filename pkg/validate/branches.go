package validate

import (
	"slices"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/message"
)

// branch is one failed alternative of a oneOf/anyOf.
type branch struct {
	leaves []leaf
	isRef  bool
}

// bestBranch reduces a failed oneOf/anyOf to the failures of the
// alternative that got furthest. In order: keep the Reference alternative
// exactly when the value has "$ref"; if all alternatives reject the same
// discriminator property, report its accepted values once; if each only
// lacks required properties, name the choices; keep the alternatives that
// accept the primary discriminator; then take the smallest mismatch score
// (wrong type, wrong discriminator, missing required properties), the
// deepest failure, the fewest failures.
func (c *collector) bestBranch(e *jsonschema.ValidationError) []leaf {
	if len(e.Causes) == 0 {
		return []leaf{newLeaf(e)}
	}
	branches := make([]branch, 0, len(e.Causes))
	for _, cause := range e.Causes {
		branches = append(branches, branch{leaves: c.leaves(cause), isRef: isRefBranch(cause)})
	}
	branches = c.filterRef(e.InstanceLocation, branches)
	base := len(e.InstanceLocation)
	if merged, ok := mergeDiscriminators(base, branches); ok {
		return merged
	}
	if req, ok := mergeRequired(e, branches); ok {
		return req
	}
	branches = matchPrimaryDiscriminator(base, branches)
	best := 0
	for i := 1; i < len(branches); i++ {
		if better(base, branches[i].leaves, branches[best].leaves) {
			best = i
		}
	}
	return branches[best].leaves
}

// matchPrimaryDiscriminator keeps the alternatives that accept the value's
// primary discriminator: the property most alternatives reject with a
// const/enum (a header parameter with style: form fails "in" in the query,
// path and cookie alternatives but only "style" in the header one, so the
// header alternative is the one to report).
func matchPrimaryDiscriminator(base int, bs []branch) []branch {
	counts := map[string]int{}
	for _, b := range bs {
		for _, p := range discriminatorProps(base, b.leaves) {
			counts[p]++
		}
	}
	primary, top := "", 1
	for p, n := range counts {
		if n > top || (n == top && primary != "" && p < primary) {
			primary, top = p, n
		}
	}
	if primary == "" {
		return bs
	}
	var keep []branch
	for _, b := range bs {
		if !slices.Contains(discriminatorProps(base, b.leaves), primary) {
			keep = append(keep, b)
		}
	}
	if len(keep) == 0 {
		return bs
	}
	return keep
}

// filterRef keeps only the reference alternatives when the value is an
// object with "$ref", and drops them otherwise.
func (c *collector) filterRef(loc []string, bs []branch) []branch {
	obj, ok := resolve(c.doc, loc).(map[string]any)
	if !ok {
		return bs
	}
	_, hasRef := obj["$ref"]
	var keep []branch
	for _, b := range bs {
		if b.isRef == hasRef {
			keep = append(keep, b)
		}
	}
	if len(keep) == 0 {
		return bs
	}
	return keep
}

// isRefBranch reports whether a failed alternative is a Reference Object
// schema (definitions/Reference, jsonReference, $defs/reference).
func isRefBranch(e *jsonschema.ValidationError) bool {
	if strings.Contains(strings.ToLower(lastSegment(e.SchemaURL)), "reference") {
		return true
	}
	if r, ok := e.ErrorKind.(*kind.Reference); ok {
		return strings.Contains(strings.ToLower(lastSegment(r.URL)), "reference")
	}
	for _, cause := range e.Causes {
		if r, ok := cause.ErrorKind.(*kind.Reference); ok &&
			strings.Contains(strings.ToLower(lastSegment(r.URL)), "reference") {
			return true
		}
	}
	return false
}

func lastSegment(u string) string {
	if i := strings.LastIndexByte(u, '/'); i >= 0 {
		return u[i+1:]
	}
	return u
}

// better reports whether leaves a describe a closer match than b.
func better(base int, a, b []leaf) bool {
	sa, sb := mismatch(base, a), mismatch(base, b)
	if sa != sb {
		return sa < sb
	}
	da, db := maxDepth(a), maxDepth(b)
	if da != db {
		return da > db
	}
	return len(a) < len(b)
}

// mismatch scores how badly an alternative's shape differs from the value:
// a wrong JSON type at the value weighs most, then a wrong discriminator
// (a const or single-value enum on a direct property), then each missing
// required property, then every other failure.
func mismatch(base int, ls []leaf) int {
	score := 0
	for _, l := range ls {
		rel := len(l.loc) - base
		switch k := l.kind.(type) {
		case *kind.Type:
			if rel == 0 {
				score += 1000
			} else {
				score++
			}
		case *kind.Required:
			if rel == 0 {
				score += 10 * len(k.Missing)
			} else {
				score++
			}
		default:
			if rel == 1 && isDiscriminator(l.kind) {
				score += 100
			} else {
				score++
			}
		}
	}
	return score
}

// isDiscriminator reports a const or one-value enum failure.
func isDiscriminator(k jsonschema.ErrorKind) bool {
	switch k := k.(type) {
	case *kind.Const:
		return true
	case *kind.Enum:
		return len(k.Want) == 1
	case *oneOfValues:
		return true
	}
	return false
}

func maxDepth(ls []leaf) int {
	d := 0
	for _, l := range ls {
		d = max(d, len(l.loc))
	}
	return d
}

// mergeDiscriminators handles a value whose discriminator matches no
// alternative (a parameter with in: "paht"): when every alternative fails
// on the same direct property with a const/enum, the result is one failure
// listing all accepted values.
func mergeDiscriminators(base int, bs []branch) ([]leaf, bool) {
	if len(bs) < 2 {
		return nil, false
	}
	prop, ok := commonDiscriminator(base, bs)
	if !ok {
		return nil, false
	}
	var first leaf
	merged := &oneOfValues{}
	for i, b := range bs {
		d := discriminatorOn(base, b.leaves, prop)
		if i == 0 {
			first = d
			merged.Got = gotValue(d.kind)
		}
		merged.Want = appendUnique(merged.Want, wantValues(d.kind)...)
	}
	return []leaf{{loc: first.loc, kind: merged, schemaURL: first.schemaURL}}, true
}

// commonDiscriminator finds a direct property on which every alternative
// fails with a discriminator (the smallest name when several are shared).
func commonDiscriminator(base int, bs []branch) (string, bool) {
	var common []string
	for i, b := range bs {
		props := discriminatorProps(base, b.leaves)
		if i == 0 {
			common = props
			continue
		}
		common = slices.DeleteFunc(common, func(p string) bool { return !slices.Contains(props, p) })
	}
	if len(common) == 0 {
		return "", false
	}
	return slices.Min(common), true
}

func discriminatorProps(base int, ls []leaf) []string {
	var props []string
	for _, l := range ls {
		if len(l.loc) == base+1 && isDiscriminator(l.kind) && !slices.Contains(props, l.loc[base]) {
			props = append(props, l.loc[base])
		}
	}
	return props
}

// discriminatorOn returns the discriminator failure on prop (known to exist).
func discriminatorOn(base int, ls []leaf, prop string) leaf {
	for _, l := range ls {
		if len(l.loc) == base+1 && l.loc[base] == prop && isDiscriminator(l.kind) {
			return l
		}
	}
	return leaf{}
}

// mergeRequired handles alternatives that each only lack required
// properties of the value itself (schema vs. content): one failure naming
// the choices.
func mergeRequired(e *jsonschema.ValidationError, bs []branch) ([]leaf, bool) {
	if len(bs) < 2 {
		return nil, false
	}
	k := &requiredOneOf{}
	for _, b := range bs {
		if len(b.leaves) != 1 {
			return nil, false
		}
		r, ok := b.leaves[0].kind.(*kind.Required)
		if !ok || len(b.leaves[0].loc) != len(e.InstanceLocation) {
			return nil, false
		}
		k.Options = append(k.Options, strings.Join(r.Missing, `" and "`))
	}
	return []leaf{{loc: e.InstanceLocation, kind: k, schemaURL: e.SchemaURL}}, true
}

// requiredOneOf is the merged failure of alternatives that each require
// properties the value lacks.
type requiredOneOf struct {
	Options []string
}

// KeywordPath implements jsonschema.ErrorKind.
func (*requiredOneOf) KeywordPath() []string { return []string{"oneOf"} }

// LocalizedString implements jsonschema.ErrorKind.
func (k *requiredOneOf) LocalizedString(*message.Printer) string {
	return `missing required property "` + strings.Join(k.Options, `" or "`) + `"`
}

// oneOfValues is the merged discriminator failure of several alternatives.
type oneOfValues struct {
	Got  any
	Want []any
}

// KeywordPath implements jsonschema.ErrorKind.
func (*oneOfValues) KeywordPath() []string { return []string{"oneOf"} }

// LocalizedString implements jsonschema.ErrorKind.
func (k *oneOfValues) LocalizedString(*message.Printer) string {
	return "value must be one of " + displayList(k.Want)
}

func wantValues(k jsonschema.ErrorKind) []any {
	switch k := k.(type) {
	case *kind.Const:
		return []any{k.Want}
	case *kind.Enum:
		return k.Want
	case *oneOfValues:
		return k.Want
	}
	return nil
}

func gotValue(k jsonschema.ErrorKind) any {
	switch k := k.(type) {
	case *kind.Const:
		return k.Got
	case *kind.Enum:
		return k.Got
	case *oneOfValues:
		return k.Got
	}
	return nil
}

func appendUnique(dst []any, vs ...any) []any {
outer:
	for _, v := range vs {
		for _, d := range dst {
			if display(d) == display(v) {
				continue outer
			}
		}
		dst = append(dst, v)
	}
	return dst
}
