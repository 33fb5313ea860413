// Package semantic reads a loaded document's rule input and adds what a
// reviewer reads into an API: which inputs select an object (identifiers),
// which properties carry credentials, personal, financial or privilege data
// (data classes), what each operation does (roles), and which resources are
// published under several versions (version families). Every conclusion
// carries the evidence that decided it.
//
// The functions are pure: they read the views built by pkg/loader and
// return new values; the rule input gets them as input.semantic
// (docs/rule-input.md).
package semantic

import (
	"sort"
	"strings"
)

// Model is what the semantic layer concluded about one document.
type Model struct {
	// Operations is parallel to input.operations (path operations).
	Operations []Operation
	// Data lists every classified property and parameter.
	Data     []DataItem
	Versions []VersionFamily
}

// Operation is what one path operation does and which inputs select objects.
type Operation struct {
	Method, Path, Pointer, File string
	Roles                       Roles
	Identifiers                 []Identifier
	// CallerIsOwner is true when the path addresses the caller (/me).
	CallerIsOwner bool
	SelfEvidence  string
	// SupersededBy is the path of a newer version of the same resource.
	SupersededBy string
}

// DataItem is a property or parameter with at least one data class.
type DataItem struct {
	Kind      string // property or parameter
	Name      string
	In        string // parameters: query, header, path, cookie
	Owner     string // properties: the id of the schema that declares it
	Schema    string // the id of its own schema, "" when none
	Decisions []Decision
	// InRequest and InResponse tell where the value travels.
	InRequest, InResponse bool
	ReadOnly, WriteOnly   bool
	Pointer, File         string
}

// Has reports whether the item has class c.
func (d DataItem) Has(c string) bool {
	for _, x := range d.Decisions {
		if x.Class == c {
			return true
		}
	}
	return false
}

type analysis struct {
	in            obj
	schemas       obj
	ops           []obj
	tokenURLPaths map[string]bool
	// names memoizes classifyName: names repeat across schemas.
	names map[string][]Decision
}

// classify is Classify with the name's decisions memoized.
func (a *analysis) classify(s Subject) []Decision {
	named, ok := a.names[s.Name]
	if !ok {
		named = classifyName(s.Name)
		a.names[s.Name] = named
	}
	return classify(s, named)
}

// Analyze builds the model of a rule input (loader.Document.Input).
func Analyze(in map[string]any) *Model {
	a := &analysis{in: in, schemas: sub(in, "schemas"), ops: objs(in, "operations"), tokenURLPaths: tokenURLPaths(in), names: map[string][]Decision{}}
	m := &Model{Versions: a.versionFamilies()}
	newer := map[string]string{}
	for _, f := range m.Versions {
		top := f.Members[len(f.Members)-1].Path
		for _, mb := range f.Members {
			if !mb.Newest {
				newer[mb.Path] = top
			}
		}
	}
	for _, op := range a.ops {
		o := Operation{Method: str(op, "method"), Path: str(op, "path"), Pointer: str(op, "pointer"), File: str(op, "file")}
		o.Roles = a.operationRoles(op)
		params := map[string]obj{}
		for _, p := range objs(op, "parameters") {
			if str(p, "in") == "path" {
				params[str(p, "name")] = p
			}
		}
		o.Identifiers = append(a.pathIdentifiers(op, params), a.inputIdentifiers(op)...)
		o.CallerIsOwner, o.SelfEvidence = selfPath(o.Path)
		o.SupersededBy = newer[o.Path]
		m.Operations = append(m.Operations, o)
	}
	m.Data = a.dataItems()
	return m
}

// tokenURLPaths are the paths of the token URLs of the OAuth flows.
func tokenURLPaths(in obj) map[string]bool {
	out := map[string]bool{}
	for _, s := range sub(in, "security_schemes") {
		so, _ := s.(map[string]any)
		for _, f := range objs(so, "flows") {
			u := str(f, "token_url")
			if i := strings.Index(u, "://"); i >= 0 {
				u = u[i+3:]
				if j := strings.Index(u, "/"); j >= 0 {
					u = u[j:]
				} else {
					u = "/"
				}
			}
			if u != "" {
				out[u] = true
			}
		}
	}
	return out
}

// dataItems classifies every property (once, where it is written) and
// every parameter.
func (a *analysis) dataItems() []DataItem {
	var out []DataItem
	ids := make([]string, 0, len(a.schemas))
	for id := range a.schemas {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		s := sub(a.schemas, id)
		props := objs(s, "properties")
		var siblings []string
		for _, p := range props {
			siblings = append(siblings, str(p, "name"))
		}
		for _, p := range props {
			if str(p, "owner") != id {
				continue // visited in the schema that declares it
			}
			ps := a.schemaOf(p["schema"])
			subj := subjectOf(str(p, "name"), ps, nil)
			subj.Siblings = siblings
			ds := a.classify(subj)
			if len(ds) == 0 {
				continue
			}
			out = append(out, located(p, DataItem{
				Kind: "property", Name: str(p, "name"), Owner: id, Schema: str(ps, "id"), Decisions: ds,
				InRequest: boolean(s, "in_request") && !boolean(p, "read_only"), InResponse: boolean(s, "in_response") && !boolean(p, "write_only"),
				ReadOnly: boolean(p, "read_only"), WriteOnly: boolean(p, "write_only"),
			}))
		}
	}
	for _, p := range objs(a.in, "parameters") {
		ps := a.schemaOf(p["schema"])
		subj := subjectOf(str(p, "name"), ps, anys(p, "example_values"))
		if subj.Description == "" {
			subj.Description = str(p, "description")
		}
		subj.Header = str(p, "in") == "header"
		ds := a.classify(subj)
		if len(ds) == 0 {
			continue
		}
		out = append(out, located(p, DataItem{
			Kind: "parameter", Name: str(p, "name"), In: str(p, "in"), Schema: str(ps, "id"), Decisions: ds, InRequest: true,
		}))
	}
	return out
}

// located fills the location of d from the view el.
func located(el obj, d DataItem) DataItem {
	d.Pointer, d.File = str(el, "pointer"), str(el, "file")
	return d
}

// subjectOf reads what the classifier needs from a schema.
func subjectOf(name string, s obj, examples []any) Subject {
	kw := sub(s, "keywords")
	subj := Subject{Name: name, Type: str(s, "type"), Format: str(s, "format"), Examples: examples}
	subj.Pattern, _ = kw["pattern"].(string)
	subj.Enum, _ = kw["enum"].([]any)
	if c, ok := kw["const"]; ok {
		subj.Enum = append(subj.Enum, c)
	}
	subj.Description, _ = kw["description"].(string)
	if v, ok := kw["example"]; ok {
		subj.Examples = append(subj.Examples, v)
	}
	if l, ok := kw["examples"].([]any); ok {
		subj.Examples = append(subj.Examples, l...)
	}
	if b, ok := kw["x-internal"].(bool); ok && b {
		subj.Internal = true
	}
	return subj
}
