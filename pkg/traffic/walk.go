package traffic

import (
	"github.com/getkin/kin-openapi/openapi3"
)

// Bounds of the walk over a response body.
const (
	maxWalkDepth     = 32
	maxWalkItems     = 50
	maxUndeclared    = 20
	maxCompositionIn = 8
)

// walker finds the properties of a JSON value that its schema does not
// declare. It works on kin-openapi's schema structure: properties, allOf,
// oneOf, anyOf, items and additionalProperties. A schema declares nothing
// (and is not checked) when it has no properties anywhere, and everything
// when it allows additional properties explicitly.
type walker struct {
	found []undeclared
	seen  map[string]bool
}

type undeclared struct{ path, name string }

// shape is what an object schema declares, its composition branches merged.
type shape struct {
	props      map[string][]*openapi3.SchemaRef
	additional []*openapi3.SchemaRef // additionalProperties schemas
	open       bool                  // additionalProperties: true, patternProperties
}

func (w *walker) walk(ref *openapi3.SchemaRef, v any, path string, depth int) {
	if ref == nil || ref.Value == nil || depth > maxWalkDepth || len(w.found) >= maxUndeclared {
		return
	}
	switch val := v.(type) {
	case map[string]any:
		sh := shape{props: map[string][]*openapi3.SchemaRef{}}
		sh.add(ref.Value, 0)
		if len(sh.props) == 0 {
			return // free-form object: nothing declared to compare with
		}
		for k, child := range val {
			p := join(path, k)
			switch {
			case len(sh.props[k]) > 0:
				for _, s := range sh.props[k] {
					w.walk(s, child, p, depth+1)
				}
			case len(sh.additional) > 0:
				for _, s := range sh.additional {
					w.walk(s, child, p, depth+1)
				}
			case !sh.open && !w.seen[p]:
				w.seen[p] = true
				w.found = append(w.found, undeclared{path: p, name: k})
			}
		}
	case []any:
		items := itemSchemas(ref.Value, 0)
		for i, el := range val {
			if i >= maxWalkItems {
				break
			}
			for _, s := range items {
				w.walk(s, el, path+"[]", depth+1)
			}
		}
	}
}

// add merges the declarations of s and its allOf, oneOf and anyOf branches.
func (sh *shape) add(s *openapi3.Schema, depth int) {
	if s == nil || depth > maxCompositionIn {
		return
	}
	for name, p := range s.Properties {
		sh.props[name] = append(sh.props[name], p)
	}
	if ap := s.AdditionalProperties; ap.Schema != nil {
		sh.additional = append(sh.additional, ap.Schema)
	} else if ap.Has != nil && *ap.Has {
		sh.open = true
	}
	if len(s.PatternProperties) > 0 {
		sh.open = true
	}
	for _, group := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
		for _, b := range group {
			if b != nil {
				sh.add(b.Value, depth+1)
			}
		}
	}
}

// itemSchemas returns the item schemas of an array schema and its branches.
func itemSchemas(s *openapi3.Schema, depth int) []*openapi3.SchemaRef {
	if s == nil || depth > maxCompositionIn {
		return nil
	}
	var out []*openapi3.SchemaRef
	if s.Items != nil {
		out = append(out, s.Items)
	}
	for _, group := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
		for _, b := range group {
			if b != nil {
				out = append(out, itemSchemas(b.Value, depth+1)...)
			}
		}
	}
	return out
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
