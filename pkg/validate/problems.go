package validate

import (
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
)

// leaf is one elementary failure kept from the jsonschema error tree.
type leaf struct {
	loc       []string // instance location
	kind      jsonschema.ErrorKind
	schemaURL string
}

// collector turns a jsonschema error tree into leaf failures, choosing one
// branch of every failed oneOf/anyOf.
type collector struct {
	doc any
}

// schemaDocs maps a schema's base URL to its raw document, for descriptions.
type schemaDocs map[string]any

// collect flattens err into de-duplicated problems. dialects is set when
// Schema Objects were checked against the OpenAPI dialect (3.1+).
func collect(err *jsonschema.ValidationError, doc any, c *compiled, dialects bool) []Problem {
	col := collector{doc: doc}
	leaves := col.leaves(err)
	if dialects {
		leaves = col.dropForeignDialects(leaves)
	}
	f := newFormatter(c, doc)
	seen := make(map[Problem]struct{}, len(leaves))
	out := make([]Problem, 0, len(leaves))
	for _, l := range leaves {
		for _, p := range f.problems(l) {
			if _, dup := seen[p]; dup {
				continue
			}
			seen[p] = struct{}{}
			out = append(out, p)
		}
	}
	return out
}

func (c *collector) leaves(e *jsonschema.ValidationError) []leaf {
	switch k := e.ErrorKind.(type) {
	case *kind.OneOf:
		if k.Subschemas != nil { // more than one branch matched: a real leaf
			return []leaf{newLeaf(e)}
		}
		return c.bestBranch(e)
	case *kind.AnyOf:
		return c.bestBranch(e)
	case *kind.Schema, *kind.Group, *kind.AllOf, *kind.Reference:
		var out []leaf
		for _, cause := range e.Causes {
			out = append(out, c.leaves(cause)...)
		}
		return out
	}
	return []leaf{newLeaf(e)}
}

func newLeaf(e *jsonschema.ValidationError) leaf {
	return leaf{loc: e.InstanceLocation, kind: e.ErrorKind, schemaURL: e.SchemaURL}
}

// dropForeignDialects removes failures that only say a Schema Object uses
// a dialect other than the embedded OpenAPI one: the const on $schema or
// jsonSchemaDialect (published ids differ from the embedded draft id), and
// anything inside a schema whose $schema names another dialect.
func (c *collector) dropForeignDialects(ls []leaf) []leaf {
	out := ls[:0:0]
	for _, l := range ls {
		if strings.HasSuffix(l.schemaURL, "#/$defs/dialect") || c.inForeignSchema(l.loc) {
			continue
		}
		out = append(out, l)
	}
	return out
}

func (c *collector) inForeignSchema(loc []string) bool {
	cur := c.doc
	for i := 0; ; i++ {
		if m, ok := cur.(map[string]any); ok {
			if d, ok := m["$schema"].(string); ok && !isOASDialect(d) && !isDraft202012(d) {
				return true
			}
		}
		if i == len(loc) {
			return false
		}
		if cur = resolve(cur, loc[i:i+1]); cur == nil {
			return false
		}
	}
}

func isDraft202012(s string) bool {
	return strings.TrimSuffix(s, "#") == "https://json-schema.org/draft/2020-12/schema"
}
