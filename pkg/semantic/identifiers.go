package semantic

import (
	"fmt"
	"regexp"
	"strings"
)

// Identifier is an input of an operation that selects an object.
type Identifier struct {
	Name     string
	In       string // path, query, header, cookie or body
	Resource string // the collection or the thing named ("users", "user")
	Kind     string // integer, uuid, email, username, slug, title or string
	// Guessable is true when values can be enumerated or known by others:
	// integers, sequential examples, human-chosen names.
	Guessable bool
	// Principal is true when the object is a user, account or similar.
	Principal bool
	Evidence  []string
	Pointer   string
	File      string
}

// nonObjectParams select a variant of a resource, not an object.
var nonObjectParams = set("version", "apiversion", "v", "lang", "language", "locale", "format", "region",
	"location", "env", "environment", "stage", "type", "kind", "action", "scope", "page", "limit", "offset",
	"sort", "order", "fields", "expand", "include", "q", "query", "search", "filter", "cursor", "size",
	"perpage", "pagesize", "per", "start", "end", "from", "to", "since", "until", "date", "year", "month", "day")

// nonObjectIDKinds open identifier names that do not select a stored object
// the caller may not own: tracing, idempotency, the OAuth client.
var nonObjectIDKinds = set("request", "correlation", "trace", "span", "idempotency", "client", "session",
	"nonce", "tracking", "transaction", "message", "event", "installation", "app", "application", "device",
	"experiment", "build", "commit", "ref", "etag", "operation", "job")

var principalWords = set("user", "users", "account", "accounts", "customer", "customers", "member", "members",
	"profile", "profiles", "person", "people", "persons", "employee", "employees", "owner", "owners", "tenant",
	"tenants", "patient", "patients", "student", "students", "player", "players", "username", "login", "handle",
	"email", "subscriber", "subscribers", "contact", "contacts", "driver", "drivers", "client", "clients")

var selfSegments = set("me", "self", "current", "my", "mine", "currentuser", "myself", "whoami", "current-user", "current_user")

var (
	reUUID   = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	reIntStr = regexp.MustCompile(`^[0-9]{1,12}$`)
)

// identifierName tells whether a name on its own marks an identifier, and
// the kind it suggests.
func identifierName(ws []string) (bool, string) {
	l := last(ws)
	switch {
	case l == "id" || l == "ids" || l == "key" && len(ws) == 1:
		return true, ""
	case l == "uuid" || l == "guid":
		return true, "uuid"
	case l == "username" || (l == "name" && before(ws) == "user") || l == "login" || l == "handle" || (l == "name" && before(ws) == "screen"):
		return true, "username"
	case l == "email" || l == "mail":
		return true, "email"
	case l == "slug":
		return true, "slug"
	case l == "number" || l == "no" || l == "num" || l == "code":
		return len(ws) > 1, ""
	case l == "title" || l == "name":
		return true, "title"
	}
	return false, ""
}

// identifierKind decides the kind of an identifier from its schema and
// examples; hint is what the name suggested.
func identifierKind(hint, typ, format string, examples []any) (kind string, guessable bool, ev []string) {
	kind = hint
	f := strings.ToLower(format)
	switch {
	case f == "uuid" || f == "guid":
		kind, ev = "uuid", append(ev, "format "+format)
	case typ == "integer" || f == "int32" || f == "int64":
		kind, ev = "integer", append(ev, "type integer")
	case f == "email" || f == "idn-email":
		kind, ev = "email", append(ev, "format "+format)
	}
	ints, uuids := 0, 0
	for _, e := range examples {
		switch v := e.(type) {
		case string:
			if reUUID.MatchString(v) {
				uuids++
			} else if reIntStr.MatchString(v) {
				ints++
			}
		case int, int64, float64:
			ints++
		default:
			if s := fmt.Sprint(v); reIntStr.MatchString(s) {
				ints++
			}
		}
	}
	switch {
	case kind == "" && uuids > 0:
		kind, ev = "uuid", append(ev, "UUID examples")
	case kind == "" || kind == "string":
		if ints > 0 && ints == len(examples) {
			kind, ev = "integer", append(ev, "integer examples")
		}
	}
	if kind == "" {
		kind = "string"
	}
	switch kind {
	case "integer":
		guessable = true
		ev = append(ev, "guessable: sequential integers")
	case "username", "email", "slug", "title":
		guessable = true
		ev = append(ev, "guessable: a name people choose and share")
	}
	return kind, guessable, ev
}

// singular is a rough singular of a collection segment.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// pathIdentifiers finds the object-selecting parameters of a path template.
func (a *analysis) pathIdentifiers(op obj, params map[string]obj) []Identifier {
	var out []Identifier
	segs := pathSegments(str(op, "path"))
	for i, seg := range segs {
		name, ok := isParamSegment(seg)
		if !ok {
			continue
		}
		ws := Words(name)
		if nonObjectParams[strings.Join(ws, "")] {
			continue
		}
		prev := ""
		if i > 0 && !strings.Contains(segs[i-1], "{") {
			prev = segs[i-1]
		}
		byName, hint := identifierName(ws)
		if !byName && prev == "" {
			continue
		}
		id := Identifier{Name: name, In: "path"}
		if prev != "" {
			id.Resource = strings.ToLower(prev)
			id.Evidence = append(id.Evidence, fmt.Sprintf("path position after collection %q", prev))
		} else {
			id.Resource = strings.Join(ws[:max(len(ws)-1, 1)], "_")
		}
		if byName {
			id.Evidence = append(id.Evidence, fmt.Sprintf("name %q", name))
		}
		p := params[name]
		sch := a.schemaOf(p["schema"])
		if len(anys(sub(sch, "keywords"), "enum")) > 0 {
			continue // a closed list selects a variant
		}
		id.Pointer, id.File = str(p, "pointer"), str(p, "file")
		if p == nil {
			id.Pointer = str(op, "path_pointer")
			id.File = str(op, "file")
		}
		a.finishIdentifier(&id, hint, sch, exampleValues(p, sch))
		out = append(out, id)
	}
	return out
}

func (a *analysis) finishIdentifier(id *Identifier, hint string, sch obj, examples []any) {
	kind, guess, ev := identifierKind(hint, str(sch, "type"), str(sch, "format"), examples)
	id.Kind, id.Guessable = kind, guess
	id.Evidence = append(id.Evidence, ev...)
	if principalWords[id.Resource] || principalWords[singular(id.Resource)] || hasAny(Words(id.Name), principalWords) != "" {
		id.Principal = true
	}
}

// inputIdentifiers finds identifiers among query, header and cookie
// parameters and the top-level request properties.
func (a *analysis) inputIdentifiers(op obj) []Identifier {
	var out []Identifier
	for _, p := range objs(op, "parameters") {
		in := str(p, "in")
		if in != "query" && in != "header" && in != "cookie" {
			continue
		}
		ws := Words(str(p, "name"))
		if in == "header" && len(ws) > 0 && ws[0] == "x" {
			ws = ws[1:]
		}
		if id, ok := a.namedIdentifier(str(p, "name"), ws, in, a.schemaOf(p["schema"]), p); ok {
			out = append(out, id)
		}
	}
	for _, sch := range a.requestSchemas(op) {
		for _, prop := range objs(sch, "properties") {
			if boolean(prop, "read_only") {
				continue
			}
			ps := a.schemaOf(prop["schema"])
			if id, ok := a.namedIdentifier(str(prop, "name"), Words(str(prop, "name")), "body", ps, prop); ok {
				out = append(out, id)
			}
		}
	}
	return out
}

// namedIdentifier: outside the path only names ending in id (with what they
// identify) select an object: user_id, X-Account-Id, ownerUuid.
func (a *analysis) namedIdentifier(name string, ws []string, in string, sch, el obj) (Identifier, bool) {
	l := last(ws)
	if len(ws) < 2 || !set("id", "ids", "uuid", "guid")[l] || nonObjectIDKinds[ws[0]] || nonObjectIDKinds[before(ws)] || flagName(ws) {
		if !(in != "body" && (l == "username" || (len(ws) == 1 && l == "id"))) {
			return Identifier{}, false
		}
	}
	id := Identifier{Name: name, In: in, Pointer: str(el, "pointer"), File: str(el, "file")}
	id.Resource = strings.Join(ws[:max(len(ws)-1, 1)], "_")
	id.Evidence = append(id.Evidence, fmt.Sprintf("%s input named %q", in, name))
	hint := ""
	if l == "uuid" || l == "guid" {
		hint = "uuid"
	} else if l == "username" {
		hint = "username"
	}
	a.finishIdentifier(&id, hint, sch, exampleValues(el, sch))
	return id, true
}

// exampleValues are the examples of a parameter (its own) or of a schema.
func exampleValues(el, sch obj) []any {
	out := append([]any{}, anys(el, "example_values")...)
	kw := sub(sch, "keywords")
	if v, ok := kw["example"]; ok && v != nil {
		out = append(out, v)
	}
	if l, ok := kw["examples"].([]any); ok {
		out = append(out, l...)
	}
	return out
}

// requestSchemas are the object schemas of an operation's request bodies
// (the items of an array body).
func (a *analysis) requestSchemas(op obj) []obj {
	var out []obj
	seen := map[string]bool{}
	for _, m := range objs(sub(op, "request_body"), "content") {
		s := a.schemaOf(m["schema"])
		if s != nil && str(s, "type") == "array" {
			s = a.schemaOf(s["items"])
		}
		if s == nil || seen[str(s, "id")] {
			continue
		}
		seen[str(s, "id")] = true
		out = append(out, s)
	}
	return out
}

// selfPath reports whether a path addresses the caller (/me, /users/self).
func selfPath(path string) (bool, string) {
	for _, seg := range pathSegments(path) {
		if selfSegments[strings.ToLower(seg)] {
			return true, fmt.Sprintf("path segment %q names the caller", seg)
		}
	}
	return false, ""
}
