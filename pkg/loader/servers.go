package loader

import (
	"regexp"
	"strings"
)

var serverVar = regexp.MustCompile(`\{([^{}]+)\}`)

// rootServers returns the document's servers (2.0: schemes × host + basePath).
// Built once: every operation without servers of its own shares them.
func (b *builder) rootServers() []any {
	if b.rootServerViews == nil {
		if b.v2 {
			b.rootServerViews = b.v2Servers(b.root.at("schemes"), "root")
		} else {
			b.rootServerViews = b.serverList(b.root.at("servers"), "root")
		}
	}
	return b.rootServerViews
}

func (b *builder) serverList(l loc, level string) []any {
	out := []any{}
	l.items(func(_ int, s loc) {
		if s.n.IsMap() {
			out = append(out, b.serverView(s, level))
		}
	})
	return out
}

func (b *builder) serverView(s loc, level string) map[string]any {
	raw := s.n.Str("url")
	vars := map[string]any{}
	defaults := map[string]string{}
	s.at("variables").members(func(name string, v loc) {
		def := scalarText(v.n.Get("default"))
		defaults[name] = def
		vars[name] = v.where(map[string]any{"default": def, "enum": scalarList(v.n.Get("enum"))})
	})
	resolved := serverVar.ReplaceAllStringFunc(raw, func(m string) string {
		if d, ok := defaults[m[1:len(m)-1]]; ok {
			return d
		}
		return m
	})
	v := urlParts(resolved)
	v["url"], v["resolved"], v["description"], v["variables"], v["level"] = raw, resolved, s.n.Str("description"), vars, level
	return s.where(v)
}

// v2Servers builds one server per scheme from host and basePath.
func (b *builder) v2Servers(schemes loc, level string) []any {
	host, base := b.root.n.Str("host"), b.root.n.Str("basePath")
	out := []any{}
	mk := func(scheme string, at loc) {
		url := "//" + host + base
		if scheme != "" {
			url = scheme + ":" + url
		}
		v := urlParts(url)
		v["url"], v["resolved"], v["description"], v["variables"], v["level"] = url, url, "", map[string]any{}, level
		out = append(out, at.where(v))
	}
	if schemes.n.IsSeq() && len(schemes.n.Kids) > 0 {
		schemes.items(func(_ int, s loc) { mk(strings.ToLower(s.n.Text), s) })
		return out
	}
	if level != "root" || (host == "" && base == "") {
		return out
	}
	at := b.root.at("host")
	if !at.valid() {
		at = b.root.at("basePath")
	}
	mk("", at)
	return out
}

// urlParts splits a server URL into scheme, host and base path.
func urlParts(u string) map[string]any {
	scheme, rest := "", u
	if i := strings.Index(u, "://"); i > 0 && !strings.ContainsAny(u[:i], "/{}") {
		scheme, rest = strings.ToLower(u[:i]), u[i+3:]
	} else if strings.HasPrefix(u, "//") {
		rest = u[2:]
	} else {
		return map[string]any{"scheme": "", "host": "", "base_path": u}
	}
	host, path := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		host, path = rest[:i], rest[i:]
	}
	if i := strings.LastIndex(host, "@"); i >= 0 {
		host = host[i+1:]
	}
	if strings.HasPrefix(host, "[") {
		if i := strings.Index(host, "]"); i > 0 {
			host = host[1:i]
		}
	} else if i := strings.LastIndex(host, ":"); i >= 0 {
		host = host[:i]
	}
	return map[string]any{"scheme": scheme, "host": strings.ToLower(host), "base_path": path}
}

func scalarText(n *Node) string {
	if n == nil || n.Kind == MapNode || n.Kind == SeqNode || n.Kind == NullNode {
		return ""
	}
	return n.Text
}

func scalarList(n *Node) []any {
	out := []any{}
	if n.IsSeq() {
		for _, k := range n.Kids {
			out = append(out, scalarText(k))
		}
	}
	return out
}
