package loader

// effective computes the properties and required names of a schema including
// those of its allOf branches, recursively; cycles stop the descent.
func (e *schemaEntry) effective() ([]propEdge, []string) {
	if e.effDone || e.effBusy {
		return e.effProps, e.effRequired
	}
	e.effBusy = true
	seen := map[string]bool{}
	var props []propEdge
	for _, p := range e.props {
		seen[p.name] = true
		props = append(props, p)
	}
	required := stringsOf(e.l.n.Get("required"))
	for _, branch := range e.allOf {
		bp, br := branch.effective()
		for _, p := range bp {
			if !seen[p.name] {
				seen[p.name] = true
				props = append(props, p)
			}
		}
		required = append(required, br...)
	}
	e.effProps, e.effRequired, e.effDone, e.effBusy = props, required, true, false
	return props, required
}

func stringsOf(n *Node) []string {
	var out []string
	if n.IsSeq() {
		for _, k := range n.Kids {
			if k.Kind == StringNode {
				out = append(out, k.Text)
			}
		}
	}
	return out
}

// markRecursive flags every schema that lies on a cycle (Tarjan's SCCs).
func (b *builder) markRecursive() {
	index := map[*schemaEntry]int{}
	low := map[*schemaEntry]int{}
	onStack := map[*schemaEntry]bool{}
	var stack []*schemaEntry
	next := 0
	var visit func(e *schemaEntry)
	visit = func(e *schemaEntry) {
		index[e], low[e] = next, next
		next++
		stack = append(stack, e)
		onStack[e] = true
		for _, k := range e.kids {
			if _, seen := index[k]; !seen {
				visit(k)
				low[e] = min(low[e], low[k])
			} else if onStack[k] {
				low[e] = min(low[e], index[k])
			}
			if k == e {
				e.recursive = true
			}
		}
		if low[e] != index[e] {
			return
		}
		var scc []*schemaEntry
		for {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[top] = false
			scc = append(scc, top)
			if top == e {
				break
			}
		}
		if len(scc) > 1 {
			for _, s := range scc {
				s.recursive = true
			}
		}
	}
	for _, e := range b.schemaOrder {
		if _, seen := index[e]; !seen {
			visit(e)
		}
	}
}

func (b *builder) schemaViews() map[string]any {
	b.markRecursive()
	out := make(map[string]any, len(b.schemaOrder))
	for _, e := range b.schemaOrder {
		out[e.id] = b.schemaView(e)
	}
	return out
}

func (b *builder) schemaView(e *schemaEntry) map[string]any {
	n := e.l.n
	keywords := map[string]any{}
	for i, k := range n.Keys {
		if !subschemaKeys[k] || n.Kids[i].Kind == BoolNode {
			keywords[k] = n.Kids[i].Value()
		}
	}
	types := schemaTypes(n, b.oas)
	first := ""
	for _, t := range types {
		if t != "null" {
			first = t.(string)
			break
		}
	}
	props, required := e.effective()
	reqSet := map[string]bool{}
	for _, r := range required {
		reqSet[r] = true
	}
	pv := make([]any, 0, len(props))
	for _, p := range props {
		pv = append(pv, propView(p, reqSet[p.name]))
	}
	var addl any
	if ap := n.Get("additionalProperties"); ap != nil {
		switch {
		case ap.Kind == BoolNode:
			addl = ap.Text == "true"
		case ap.IsMap():
			addl = "schema"
		}
	}
	return e.l.where(map[string]any{
		"id": e.id, "name": e.name, "types": types, "type": first, "format": n.Str("format"),
		"keywords": keywords, "properties": pv, "required": toAny(required),
		"items": schemaID(e.items), "additional_properties": addl,
		"additional_properties_schema": schemaID(e.addl),
		"all_of":                       ids(e.allOf), "one_of": ids(e.oneOf), "any_of": ids(e.any),
		"in_request": e.use&useRequest != 0, "in_response": e.use&useResponse != 0,
		"in_parameter": e.use&useParameter != 0, "recursive": e.recursive,
		"is_ref_target": b.targets[e.id] > 0,
	})
}

func propView(p propEdge, required bool) map[string]any {
	ro, wo := p.at.n.Bool("readOnly"), p.at.n.Bool("writeOnly")
	if p.target != nil {
		ro = ro || p.target.l.n.Bool("readOnly")
		wo = wo || p.target.l.n.Bool("writeOnly")
	}
	return p.at.where(map[string]any{
		"name": p.name, "schema": schemaID(p.target), "required": required,
		"read_only": ro, "write_only": wo, "owner": p.owner.id,
	})
}

func schemaTypes(n *Node, oas string) []any {
	out := []any{}
	t := n.Get("type")
	switch {
	case t == nil:
	case t.Kind == StringNode:
		out = append(out, t.Text)
	case t.IsSeq():
		for _, k := range t.Kids {
			out = append(out, k.Text)
		}
	}
	if n.Bool("nullable") && (oas == "3.0" || oas == "2.0") {
		out = append(out, "null")
	}
	return out
}

func ids(es []*schemaEntry) []any {
	out := make([]any, 0, len(es))
	for _, e := range es {
		out = append(out, e.id)
	}
	return out
}
