package loader

import "strings"

// v2Flows maps Swagger 2.0 flow names onto OpenAPI 3 names.
var v2Flows = map[string]string{"implicit": "implicit", "password": "password", "application": "clientCredentials", "accessCode": "authorizationCode"}

func (b *builder) securitySchemes() map[string]map[string]any {
	defs := b.root.at("securityDefinitions")
	if !b.v2 {
		defs = b.root.at("components").at("securitySchemes")
	}
	out := map[string]map[string]any{}
	defs.members(func(name string, raw loc) {
		s, ok := b.deref(raw)
		if !ok || !s.n.IsMap() {
			return
		}
		out[name] = b.schemeView(name, s)
	})
	return out
}

func (b *builder) schemeView(name string, s loc) map[string]any {
	typ := s.n.Str("type")
	scheme := strings.ToLower(s.n.Str("scheme"))
	if b.v2 && typ == "basic" {
		typ, scheme = "http", "basic"
	}
	v := s.where(map[string]any{
		"name": name, "type": typ, "scheme": scheme, "in": s.n.Str("in"), "param_name": s.n.Str("name"),
		"bearer_format": s.n.Str("bearerFormat"), "description": s.n.Str("description"),
		"open_id_connect_url": s.n.Str("openIdConnectUrl"), "deprecated": s.n.Bool("deprecated"),
		"used": false,
	})
	flows := []any{}
	if b.v2 && typ == "oauth2" {
		flow := s.n.Str("flow")
		if mapped, ok := v2Flows[flow]; ok {
			flow = mapped
		}
		flows = append(flows, flowView(flow, s))
	} else {
		s.at("flows").members(func(flow string, f loc) {
			if f.n.IsMap() {
				flows = append(flows, flowView(flow, f))
			}
		})
	}
	v["flows"] = flows
	return v
}

func flowView(flow string, f loc) map[string]any {
	scopes := map[string]any{}
	f.at("scopes").members(func(k string, d loc) { scopes[k] = d.n.Text })
	return f.where(map[string]any{
		"flow": flow, "authorization_url": f.n.Str("authorizationUrl"), "token_url": f.n.Str("tokenUrl"),
		"refresh_url": f.n.Str("refreshUrl"), "device_authorization_url": f.n.Str("deviceAuthorizationUrl"),
		"scopes": scopes,
	})
}

// securityOf returns the effective security of an operation (op valid) or
// of the root (op is the root itself).
func (b *builder) securityOf(op loc, _ string) map[string]any {
	if s := op.sub("security"); s.valid() {
		source := "operation"
		if op.ptr == b.root.ptr && op.f == b.root.f {
			source = "root"
		}
		return b.securityView(s, source)
	}
	if op.f != b.root.f || op.ptr != "" {
		if s := b.root.sub("security"); s.valid() {
			return b.securityView(s, "root")
		}
	}
	return op.where(map[string]any{"source": "none", "requirements": []any{}, "anonymous": true, "explicit_empty": false})
}

func (b *builder) securityView(s loc, source string) map[string]any {
	reqs := []any{}
	s.items(func(_ int, r loc) {
		if !r.n.IsMap() {
			return
		}
		schemes := []any{}
		r.members(func(name string, scopes loc) {
			b.usedSchemes[name] = true
			sv, defined := b.schemeViews[name]
			e := scopes.where(map[string]any{"name": name, "scopes": stringList(scopes.n), "defined": defined, "type": "", "scheme": ""})
			if defined {
				e["type"], e["scheme"] = sv["type"], sv["scheme"]
			}
			schemes = append(schemes, e)
		})
		empty := len(schemes) == 0
		reqs = append(reqs, r.where(map[string]any{"empty": empty, "schemes": schemes}))
	})
	anonymous := len(reqs) == 0 || anyEmpty(reqs)
	return s.where(map[string]any{
		"source": source, "requirements": reqs, "anonymous": anonymous,
		"explicit_empty": s.n.IsSeq() && len(s.n.Kids) == 0,
	})
}

func anyEmpty(reqs []any) bool {
	for _, r := range reqs {
		if r.(map[string]any)["empty"].(bool) {
			return true
		}
	}
	return false
}

func stringList(n *Node) []any {
	out := []any{}
	if n.IsSeq() {
		for _, k := range n.Kids {
			if k.Kind == StringNode {
				out = append(out, k.Text)
			}
		}
	}
	return out
}
