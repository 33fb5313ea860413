package loader

import "sort"

// indexedKeywords are the keywords that input.schema_index.keyword lists.
var indexedKeywords = []string{
	"pattern", "format", "enum", "const", "example", "examples", "default", "minimum", "maximum",
	"exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems",
	"minProperties", "maxProperties", "readOnly", "writeOnly", "additionalProperties", "allOf", "oneOf", "anyOf",
	"properties", "contentMediaType", "contentEncoding",
}

// schemaIndex lists schema ids by use, by type, by keyword, by the names
// of the properties they declare and by flag (recursive; markRecursive has
// run), so that a rule about, say, request strings
// iterates only those instead of every schema.
func (b *builder) schemaIndex() map[string]any {
	use := map[string][]string{"request": nil, "response": nil, "parameter": nil, "input": nil}
	types := map[string][]string{}
	keywords := map[string][]string{}
	props := map[string][]string{}
	flags := map[string][]string{"recursive": nil}
	for _, k := range indexedKeywords {
		keywords[k] = nil
	}
	for _, e := range b.schemaOrder {
		id := e.id
		if e.use&useRequest != 0 {
			use["request"] = append(use["request"], id)
		}
		if e.use&useResponse != 0 {
			use["response"] = append(use["response"], id)
		}
		if e.use&useParameter != 0 {
			use["parameter"] = append(use["parameter"], id)
		}
		if e.use&(useRequest|useParameter) != 0 {
			use["input"] = append(use["input"], id)
		}
		for _, t := range schemaTypes(e.l.n, b.oas) {
			if s, ok := t.(string); ok && s != "null" {
				types[s] = append(types[s], id)
			}
		}
		for _, k := range indexedKeywords {
			if e.l.n.Has(k) {
				keywords[k] = append(keywords[k], id)
			}
		}
		for _, p := range e.props {
			props[p.name] = append(props[p.name], id)
		}
		if e.recursive {
			flags["recursive"] = append(flags["recursive"], id)
		}
	}
	return map[string]any{"use": lists(use), "type": lists(types), "keyword": lists(keywords), "property": lists(props), "flag": lists(flags)}
}

func lists(m map[string][]string) map[string]any {
	out := make(map[string]any, len(m))
	for k, ids := range m {
		sort.Strings(ids)
		out[k] = toAny(ids)
	}
	return out
}
