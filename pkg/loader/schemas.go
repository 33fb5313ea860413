package loader

import "strings"

type usage uint8

const (
	useRequest usage = 1 << iota
	useResponse
	useParameter
)

type propEdge struct {
	name   string
	at     loc
	target *schemaEntry
	owner  *schemaEntry // the schema whose properties list it
}

// schemaEntry is one schema object, where it is written.
type schemaEntry struct {
	l                 loc
	id                string // l.id(), computed once: every view and index shares it
	name              string
	kids              []*schemaEntry
	props             []propEdge
	items             *schemaEntry
	addl              *schemaEntry
	allOf, oneOf, any []*schemaEntry
	use               usage
	recursive         bool

	effProps    []propEdge
	effRequired []string
	effDone     bool
	effBusy     bool
}

// subschemaKeys hold subschemas; they are not copied into keywords.
var subschemaKeys = map[string]bool{
	"properties": true, "items": true, "allOf": true, "oneOf": true, "anyOf": true, "not": true,
	"additionalProperties": true, "patternProperties": true, "$defs": true, "definitions": true,
	"prefixItems": true, "contains": true, "if": true, "then": true, "else": true,
	"dependentSchemas": true, "unevaluatedProperties": true, "unevaluatedItems": true,
	"propertyNames": true, "contentSchema": true, "$ref": true,
}

func schemaID(e *schemaEntry) any {
	if e == nil {
		return nil
	}
	return e.id
}

// schemaUse registers the schema at l and marks it and everything it reaches
// with use.
func (b *builder) schemaUse(l loc, use usage) *schemaEntry {
	if b.outbound {
		use = outbound(use)
	}
	e := b.schemaAt(l)
	if e != nil {
		mark(e, use)
	}
	return e
}

// outbound maps the use of a callback's or webhook's schemas: what such an
// operation "receives" is sent by the API, and what it "returns" flows in.
func outbound(use usage) usage {
	var out usage
	if use&(useRequest|useParameter) != 0 {
		out |= useResponse
	}
	if use&useResponse != 0 {
		out |= useRequest
	}
	return out
}

// mark propagates use through the schemas that e reaches. A readOnly
// schema or property does not pass request use on (clients do not send it);
// a writeOnly one does not pass response use on (servers do not return it).
func mark(e *schemaEntry, use usage) {
	if e.use&use == use {
		return
	}
	e.use |= use
	use = filterUse(e.l.n, use)
	if use == 0 {
		return
	}
	inProps := map[*schemaEntry]bool{}
	for _, p := range e.props {
		if p.target != nil {
			inProps[p.target] = true
			if u := filterUse(p.at.n, use); u != 0 {
				mark(p.target, u)
			}
		}
	}
	for _, k := range e.kids {
		if !inProps[k] {
			mark(k, use)
		}
	}
}

func filterUse(n *Node, use usage) usage {
	if n.Bool("readOnly") {
		use &^= useRequest
	}
	if n.Bool("writeOnly") {
		use &^= useResponse
	}
	return use
}

// schemaAt returns the entry of the schema at l, following refs; nil when l
// is not a resolvable schema object.
func (b *builder) schemaAt(l loc) *schemaEntry {
	if !l.valid() {
		return nil
	}
	r, ok := b.deref(l)
	if !ok || !r.n.IsMap() {
		return nil
	}
	id := r.id()
	if e, ok := b.schemas[id]; ok {
		return e
	}
	e := &schemaEntry{l: r, id: id, name: b.componentName(r)}
	b.schemas[id] = e
	b.schemaOrder = append(b.schemaOrder, e)
	b.schemaChildren(e)
	return e
}

func (b *builder) schemaChildren(e *schemaEntry) {
	l := e.l
	kid := func(c loc) *schemaEntry {
		k := b.schemaAt(c)
		if k != nil {
			e.kids = append(e.kids, k)
		}
		return k
	}
	// check registers a subschema that tests the value without the value
	// flowing into it (not, if, propertyNames, contentSchema): it gets no use.
	check := func(c loc) { b.schemaAt(c) }
	l.sub("properties").members(func(name string, p loc) {
		e.props = append(e.props, propEdge{name: name, at: p, target: kid(p), owner: e})
	})
	if it := l.sub("items"); it.n.IsMap() {
		e.items = kid(it)
	} else if it.n.IsSeq() {
		it.items(func(i int, c loc) {
			if k := kid(c); i == 0 {
				e.items = k
			}
		})
	}
	if ap := l.sub("additionalProperties"); ap.n.IsMap() {
		e.addl = kid(ap)
	}
	for _, list := range []struct {
		key string
		dst *[]*schemaEntry
	}{{"allOf", &e.allOf}, {"oneOf", &e.oneOf}, {"anyOf", &e.any}} {
		l.sub(list.key).items(func(_ int, c loc) {
			if k := kid(c); k != nil {
				*list.dst = append(*list.dst, k)
			}
		})
	}
	for _, key := range []string{"contains", "then", "else", "unevaluatedProperties", "unevaluatedItems"} {
		if c := l.sub(key); c.n.IsMap() {
			kid(c)
		}
	}
	for _, key := range []string{"not", "if", "propertyNames", "contentSchema"} {
		if c := l.sub(key); c.n.IsMap() {
			check(c)
		}
	}
	for _, key := range []string{"patternProperties", "dependentSchemas"} {
		l.sub(key).members(func(_ string, c loc) { kid(c) })
	}
	l.sub("prefixItems").items(func(_ int, c loc) { kid(c) })
}

// componentName names schemas written as components (or as a whole file).
func (b *builder) componentName(l loc) string {
	for _, prefix := range []string{"/components/schemas/", "/definitions/"} {
		if rest, ok := strings.CutPrefix(l.ptr, prefix); ok && !strings.Contains(rest, "/") {
			return Unescape(rest)
		}
	}
	if l.ptr == "" && l.f != b.root.f {
		base := l.f.Path[strings.LastIndex(l.f.Path, "/")+1:]
		if i := strings.LastIndex(base, "."); i > 0 {
			base = base[:i]
		}
		return base
	}
	return ""
}

// componentSchemas registers every named schema, used or not.
func (b *builder) componentSchemas() {
	defs := b.root.at("definitions")
	if !b.v2 {
		defs = b.root.at("components").at("schemas")
	}
	defs.members(func(_ string, s loc) { b.schemaAt(s) })
}
