package diff

import (
	"cmp"
	"fmt"
	"slices"
)

var cleartextSchemes = map[string]string{"http": "https", "ws": "wss"}

// serverKey identifies a server across versions: host and base path.
func serverKey(s *server) string { return s.Host + s.BasePath }

// servers reports servers that moved to cleartext and new cleartext
// servers. Loopback hosts are left out, as in the cleartext-server rule.
func (c *comparison) servers() {
	oldSchemes := map[string][]string{}
	for _, s := range c.ov.allServers() {
		oldSchemes[serverKey(&s)] = append(oldSchemes[serverKey(&s)], s.Scheme)
	}
	news := c.nv.allServers()
	loopback := c.loopbackHosts(news)
	for _, s := range news {
		secure, clear := cleartextSchemes[s.Scheme]
		if !clear || s.Host == "" || loopback[s.Host] {
			continue
		}
		was := oldSchemes[serverKey(&s)]
		switch {
		case slices.Contains(was, s.Scheme):
		case slices.Contains(was, secure):
			c.add(ServerCleartext, s.File, s.Pointer, fmt.Sprintf("server %q uses %s; the old version reached %s over %s only",
				serverURL(&s), s.Scheme, serverKey(&s), secure), "")
		default:
			c.add(ServerCleartext, s.File, s.Pointer, fmt.Sprintf("new server %q uses %s", serverURL(&s), s.Scheme), "")
		}
	}
}

func serverURL(s *server) string {
	if s.URL != "" && s.URL[0] != '/' {
		return s.URL
	}
	return s.Scheme + "://" + s.Host + s.BasePath
}

func (c *comparison) loopbackHosts(ss []server) map[string]bool {
	if c.classes == nil {
		c.skipped = append(c.skipped, "server-cleartext: loopback hosts not recognised (no classifier)")
		return nil
	}
	var hosts []string
	for _, s := range ss {
		hosts = append(hosts, s.Host)
	}
	cl, err := c.classes.Classify(nil, hosts)
	if err != nil {
		c.skipped = append(c.skipped, "server-cleartext: loopback hosts not recognised: "+err.Error())
		return nil
	}
	return cl.Loopback
}

// schemeStrength orders scheme types: 0 unknown, 1 weakest.
func schemeStrength(s *scheme) int {
	switch s.Type {
	case "mutualTLS", "oauth2", "openIdConnect":
		return 3
	case "http":
		if s.Scheme == "basic" {
			return 1
		}
		return 2
	case "apiKey":
		return 1
	}
	return 0
}

// apiKeyPlace orders where an API key travels: the query string is logged.
func apiKeyPlace(in string) int {
	if in == "query" {
		return 1
	}
	return 2
}

func schemeLabel(s *scheme) string {
	switch {
	case s.Type == "http" && s.Scheme != "":
		return "http " + s.Scheme
	case s.Type == "apiKey" && s.In != "":
		return "apiKey in " + s.In
	}
	return s.Type
}

// schemes reports used security schemes that became weaker under the same
// name.
func (c *comparison) schemes() {
	for _, name := range sortedKeys(c.nv.SecuritySchemes) {
		n := c.nv.SecuritySchemes[name]
		o, ok := c.ov.SecuritySchemes[name]
		if !n.Used || !ok {
			continue
		}
		ns, os := schemeStrength(&n), schemeStrength(&o)
		switch {
		case ns > 0 && os > 0 && ns < os,
			n.Type == "apiKey" && o.Type == "apiKey" && apiKeyPlace(n.In) < apiKeyPlace(o.In):
			c.add(SchemeWeakened, n.File, n.Pointer, fmt.Sprintf("security scheme %q changed from %s to %s",
				name, schemeLabel(&o), schemeLabel(&n)), "")
		case n.Type == "oauth2" && o.Type == "oauth2":
			c.newFlows(&o, &n)
		}
	}
}

// weakFlows hand tokens to the browser (implicit) or passwords to the
// client (password).
var weakFlows = map[string]bool{"implicit": true, "password": true}

func (c *comparison) newFlows(o, n *scheme) {
	had := map[string]bool{}
	for _, f := range o.Flows {
		had[f.Flow] = true
	}
	for _, f := range n.Flows {
		if weakFlows[f.Flow] && !had[f.Flow] {
			c.add(SchemeWeakened, f.File, f.Pointer, fmt.Sprintf("security scheme %q gained the %s flow", n.Name, f.Flow), "")
		}
	}
}

// schemaKey identifies a schema across versions: its component name, else
// where it is written relative to the root document.
func schemaKey(side *Side, s *schema) string {
	if s.Name != "" {
		return "component " + s.Name
	}
	return side.relKey(side.Plain(s.File)) + "#" + s.Pointer
}

// scalarTypes can carry a secret as text (as in the exposure rules).
var scalarTypes = map[string]bool{"": true, "string": true, "integer": true, "number": true}

// propState is how OLD had a property of a response schema.
type propState int

const (
	propAbsent propState = iota
	propWriteOnly
	propExposed
)

// responseFields reports sensitive properties that NEW returns in responses
// and OLD did not: new properties, and properties no longer writeOnly.
func (c *comparison) responseFields() {
	if c.classes == nil {
		c.skipped = append(c.skipped, "new-sensitive-response-field: no classifier")
		return
	}
	old := map[string]propState{}
	for _, s := range c.ov.Schemas {
		if !s.InResponse {
			continue
		}
		for _, p := range s.Properties {
			owner, ok := c.ov.Schemas[p.Owner]
			if !ok {
				owner = s
			}
			k := schemaKey(c.old, &owner) + "\x00" + p.Name
			st := propWriteOnly
			if !p.WriteOnly {
				st = propExposed
			}
			old[k] = max(old[k], st)
		}
	}
	cands := c.responseCandidates()
	names := make([]string, 0, len(cands))
	for _, cd := range cands {
		names = append(names, cd.prop.Name)
	}
	cl, err := c.classes.Classify(names, nil)
	if err != nil {
		c.skipped = append(c.skipped, "new-sensitive-response-field: "+err.Error())
		return
	}
	for _, cd := range cands {
		kind := cl.Sensitive[cd.prop.Name]
		st := old[schemaKey(c.new, cd.owner)+"\x00"+cd.prop.Name]
		if kind == "" || st == propExposed {
			continue
		}
		detail := fmt.Sprintf("response schema %s gains property %q (%s)", schemaLabel(cd.owner), cd.prop.Name, kind)
		if st == propWriteOnly {
			detail = fmt.Sprintf("property %q (%s) of response schema %s is no longer writeOnly", cd.prop.Name, kind, schemaLabel(cd.owner))
		}
		c.add(NewSensitiveField, cd.prop.File, cd.prop.Pointer, detail, "")
	}
}

type candidate struct {
	owner *schema
	prop  property
}

// responseCandidates are the exposed scalar properties written in response
// schemas of NEW, in a stable order.
func (c *comparison) responseCandidates() []candidate {
	var out []candidate
	for _, id := range sortedKeys(c.nv.Schemas) {
		s := c.nv.Schemas[id]
		if !s.InResponse {
			continue
		}
		for _, p := range s.Properties {
			if p.Owner != s.ID || p.WriteOnly || !scalarTypes[c.propType(&p)] {
				continue
			}
			out = append(out, candidate{owner: &s, prop: p})
		}
	}
	return out
}

func (c *comparison) propType(p *property) string {
	if p.Schema == nil {
		return ""
	}
	return c.nv.Schemas[*p.Schema].Type
}

func schemaLabel(s *schema) string {
	if s.Name != "" {
		return s.Name
	}
	return s.Pointer
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp.Compare[string])
	return keys
}
