package loader

import "strings"

var methods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace", "query"}

// opContext is what an operation inherits from its path item.
type opContext struct {
	kind, path string
	item       loc
	parent     string
}

func (b *builder) pathOperations() (ops, paths []any) {
	ops, paths = []any{}, []any{}
	b.root.at("paths").members(func(path string, raw loc) {
		if strings.HasPrefix(path, "x-") {
			return
		}
		item, ok := b.deref(raw)
		if !ok || !item.n.IsMap() {
			return
		}
		found := b.itemOperations(opContext{kind: "path", path: path, item: item}, &ops)
		paths = append(paths, item.where(map[string]any{
			"path": path, "methods": toAny(found), "parameters": item.n.Get("parameters").Len(),
		}))
	})
	for _, o := range ops {
		b.opCount++
		if o.(map[string]any)["security"].(map[string]any)["anonymous"].(bool) {
			b.unauth++
		}
	}
	return ops, paths
}

func (b *builder) webhooks() []any {
	out := []any{}
	b.root.at("webhooks").members(func(name string, raw loc) {
		if item, ok := b.deref(raw); ok && item.n.IsMap() {
			b.itemOperations(opContext{kind: "webhook", path: name, item: item}, &out)
		}
	})
	return out
}

func (b *builder) callbacks(ops []any) []any {
	out := []any{}
	for _, o := range ops {
		op := o.(map[string]any)
		l := op["_loc"].(loc)
		l.at("callbacks").members(func(_ string, raw loc) {
			cb, ok := b.deref(raw)
			if !ok {
				return
			}
			cb.members(func(expr string, rawItem loc) {
				if item, ok := b.deref(rawItem); ok && item.n.IsMap() {
					b.itemOperations(opContext{kind: "callback", path: expr, item: item, parent: l.ptr}, &out)
				}
			})
		})
		delete(op, "_loc")
	}
	for _, o := range out {
		delete(o.(map[string]any), "_loc")
	}
	return out
}

// itemOperations appends the operations of a path item and returns their methods.
func (b *builder) itemOperations(ctx opContext, out *[]any) []string {
	var found []string
	add := func(method string, raw loc) {
		op, ok := b.deref(raw)
		if !ok || !op.n.IsMap() {
			return
		}
		found = append(found, method)
		*out = append(*out, b.operation(ctx, method, op))
	}
	for _, m := range methods {
		if raw := ctx.item.sub(m); raw.valid() {
			add(m, raw)
		}
	}
	ctx.item.sub("additionalOperations").members(func(m string, raw loc) { add(strings.ToLower(m), raw) })
	return found
}

func (b *builder) operation(ctx opContext, method string, op loc) map[string]any {
	v := op.where(map[string]any{
		"kind": ctx.kind, "path": ctx.path, "method": method, "path_pointer": ctx.item.ptr,
		"operation_id": op.n.Str("operationId"), "summary": op.n.Str("summary"),
		"description": op.n.Str("description"), "tags": stringList(op.n.Get("tags")),
		"deprecated": op.n.Bool("deprecated"), "extensions": extensions(op.n),
		"security": b.securityOf(op, ""),
		"servers":  b.opServers(ctx.item, op),
		"_loc":     op,
	})
	if ctx.parent != "" {
		v["parent"] = ctx.parent
	}
	params, body := b.parameters(ctx.item, op)
	if ctx.kind == "path" {
		b.distinctParameters(params)
	}
	v["parameters"] = params
	v["request_body"] = body
	v["responses"] = b.responses(op)
	cbs := []any{}
	op.sub("callbacks").members(func(name string, _ loc) { cbs = append(cbs, name) })
	v["callbacks"] = cbs
	return v
}

func (b *builder) opServers(item, op loc) []any {
	if b.v2 {
		if s := b.v2Servers(op.at("schemes"), "operation"); len(s) > 0 {
			return s
		}
		return b.rootServers()
	}
	if s := op.sub("servers"); s.n.IsSeq() && len(s.n.Kids) > 0 {
		return b.serverList(s, "operation")
	}
	if s := item.sub("servers"); s.n.IsSeq() && len(s.n.Kids) > 0 {
		return b.serverList(s, "path")
	}
	return b.rootServers()
}

func extensions(n *Node) map[string]any {
	out := map[string]any{}
	for i, k := range n.Keys {
		if strings.HasPrefix(k, "x-") {
			out[k] = n.Kids[i].Value()
		}
	}
	return out
}
