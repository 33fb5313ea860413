package loader

import "strings"

// parameters merges path-item and operation parameters (the operation wins on
// name + in) and, for Swagger 2.0, builds the request body from body and
// formData parameters.
func (b *builder) parameters(item, op loc) (params []any, body any) {
	var merged []loc
	index := map[string]int{}
	collect := func(list loc) {
		list.items(func(_ int, raw loc) {
			p, ok := b.deref(raw)
			if !ok || !p.n.IsMap() {
				return
			}
			key := p.n.Str("name") + "\x00" + p.n.Str("in")
			if i, ok := index[key]; ok {
				merged[i] = p
				return
			}
			index[key] = len(merged)
			merged = append(merged, p)
		})
	}
	collect(item.at("parameters"))
	collect(op.at("parameters"))
	params = []any{}
	var form []loc
	for _, p := range merged {
		switch in := p.n.Str("in"); {
		case b.v2 && in == "body":
			body = b.v2Body(op, p)
		case b.v2 && in == "formData":
			form = append(form, p)
			params = append(params, b.parameter(p, useRequest|useParameter))
		default:
			params = append(params, b.parameter(p, useParameter))
		}
	}
	if b.v2 && body == nil && len(form) > 0 {
		body = b.v2Form(op, form)
	}
	if !b.v2 {
		body = b.requestBody(op.at("requestBody"))
	}
	return params, body
}

// distinctParameters records the parameters of a path operation in
// b.paramViews, each once per place it is written: a path-level parameter
// applies to every operation of its path, and rules about a parameter's own
// content need to see it only once.
func (b *builder) distinctParameters(params []any) {
	for _, p := range params {
		v := p.(map[string]any)
		key := v["file"].(string) + "#" + v["pointer"].(string)
		if !b.paramSeen[key] {
			b.paramSeen[key] = true
			b.paramViews = append(b.paramViews, v)
		}
	}
}

func (b *builder) parameter(p loc, use usage) map[string]any {
	var schema *schemaEntry
	if b.v2 {
		schema = b.schemaUse(p, use)
	} else if s := p.sub("schema"); s.valid() {
		schema = b.schemaUse(s, use)
	} else {
		p.sub("content").members(func(_ string, m loc) {
			if schema == nil {
				schema = b.schemaUse(m.sub("schema"), use)
			}
		})
	}
	return p.where(map[string]any{
		"name": p.n.Str("name"), "in": p.n.Str("in"), "required": p.n.Bool("required"),
		"deprecated": p.n.Bool("deprecated"), "description": p.n.Str("description"),
		"schema": schemaID(schema), "has_schema": schema != nil, "example_values": exampleValues(p),
	})
}

func exampleValues(p loc) []any {
	out := []any{}
	for _, k := range []string{"example", "x-example"} {
		if e := p.n.Get(k); e != nil {
			out = append(out, e.Value())
		}
	}
	p.sub("examples").members(func(_ string, e loc) {
		if v := e.n.Get("value"); v != nil {
			out = append(out, v.Value())
		}
	})
	return out
}

func (b *builder) requestBody(raw loc) any {
	if !raw.valid() {
		return nil
	}
	rb, ok := b.deref(raw)
	if !ok || !rb.n.IsMap() {
		return nil
	}
	return rb.where(map[string]any{
		"required": rb.n.Bool("required"), "description": rb.n.Str("description"),
		"content": b.content(rb.at("content"), useRequest),
	})
}

func (b *builder) content(c loc, use usage) []any {
	out := []any{}
	c.members(func(mt string, m loc) {
		if m, ok := b.deref(m); ok {
			var s *schemaEntry
			if sl := m.sub("schema"); sl.valid() {
				s = b.schemaUse(sl, use)
			}
			out = append(out, m.where(map[string]any{"media_type": strings.ToLower(mt), "schema": schemaID(s), "has_schema": m.n.Has("schema")}))
		}
	})
	return out
}

// mediaTypes returns the 2.0 consumes or produces list of an operation.
func (b *builder) mediaTypes(op loc, key string) []string {
	for _, l := range []loc{op.at(key), b.root.at(key)} {
		if l.n.IsSeq() && len(l.n.Kids) > 0 {
			var out []string
			for _, k := range l.n.Kids {
				out = append(out, strings.ToLower(k.Text))
			}
			return out
		}
	}
	return []string{"application/json"}
}

func (b *builder) v2Body(op, p loc) map[string]any {
	s := b.schemaUse(p.at("schema"), useRequest)
	content := []any{}
	for _, mt := range b.mediaTypes(op, "consumes") {
		content = append(content, p.where(map[string]any{"media_type": mt, "schema": schemaID(s), "has_schema": p.n.Has("schema")}))
	}
	return p.where(map[string]any{"required": p.n.Bool("required"), "description": p.n.Str("description"), "content": content})
}

func (b *builder) v2Form(op loc, form []loc) map[string]any {
	content := []any{}
	for _, mt := range b.mediaTypes(op, "consumes") {
		content = append(content, form[0].where(map[string]any{"media_type": mt, "schema": nil, "has_schema": false}))
	}
	required := false
	for _, f := range form {
		required = required || f.n.Bool("required")
	}
	return form[0].where(map[string]any{"required": required, "description": "", "content": content})
}

func (b *builder) responses(op loc) []any {
	out := []any{}
	op.at("responses").members(func(status string, raw loc) {
		if strings.HasPrefix(status, "x-") {
			return
		}
		r, ok := b.deref(raw)
		if !ok || !r.n.IsMap() {
			return
		}
		v := r.where(map[string]any{"status": strings.ToUpper(status), "description": r.n.Str("description"),
			"headers": b.headers(r.sub("headers"))})
		if status == "default" {
			v["status"] = "default"
		}
		if b.v2 {
			content := []any{}
			if sl := r.sub("schema"); sl.valid() {
				s := b.schemaUse(sl, useResponse)
				for _, mt := range b.mediaTypes(op, "produces") {
					content = append(content, sl.where(map[string]any{"media_type": mt, "schema": schemaID(s), "has_schema": true}))
				}
			}
			v["content"] = content
		} else {
			v["content"] = b.content(r.sub("content"), useResponse)
		}
		out = append(out, v)
	})
	return out
}

func (b *builder) headers(hs loc) []any {
	out := []any{}
	hs.members(func(name string, raw loc) {
		h, ok := b.deref(raw)
		if !ok || !h.n.IsMap() {
			return
		}
		var s *schemaEntry
		switch {
		case b.v2:
			s = b.schemaUse(h, useResponse)
		case h.sub("schema").valid():
			s = b.schemaUse(h.sub("schema"), useResponse)
		}
		out = append(out, h.where(map[string]any{"name": name, "required": h.n.Bool("required"), "schema": schemaID(s)}))
	})
	return out
}
