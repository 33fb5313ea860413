package semantic

// Accessors of the loader's rule input (plain maps and slices, see
// docs/rule-input.md). Missing or mistyped fields read as zero values: the
// semantic layer never fails on a view it does not expect.

type obj = map[string]any

func str(m obj, k string) string {
	s, _ := m[k].(string)
	return s
}

func boolean(m obj, k string) bool {
	b, _ := m[k].(bool)
	return b
}

func sub(m obj, k string) obj {
	o, _ := m[k].(map[string]any)
	return o
}

// objs returns the members of the list m[k] that are objects.
func objs(m obj, k string) []obj {
	l, _ := m[k].([]any)
	out := make([]obj, 0, len(l))
	for _, e := range l {
		if o, ok := e.(map[string]any); ok {
			out = append(out, o)
		}
	}
	return out
}

func anys(m obj, k string) []any {
	l, _ := m[k].([]any)
	return l
}

// schemaOf returns the schema with the given id (a string) or nil.
func (a *analysis) schemaOf(id any) obj {
	s, ok := id.(string)
	if !ok {
		return nil
	}
	return sub(a.schemas, s)
}

// where copies the location of el into a new view.
func where(el obj, v obj) obj {
	v["pointer"] = str(el, "pointer")
	if f := str(el, "file"); f != "" {
		v["file"] = f
	}
	return v
}

func strings2any(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
