package diff

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
)

// The typed subset of the rule input (docs/rule-input.md) that the
// comparison reads. It is decoded from the document's input so that it
// depends only on the documented contract.

type where struct {
	Pointer string `json:"pointer"`
	File    string `json:"file"`
}

type server struct {
	where
	URL      string `json:"url"`
	Resolved string `json:"resolved"`
	Scheme   string `json:"scheme"`
	Host     string `json:"host"`
	BasePath string `json:"base_path"`
	Level    string `json:"level"`
}

type flow struct {
	where
	Flow string `json:"flow"`
}

type scheme struct {
	where
	Name   string `json:"name"`
	Type   string `json:"type"`
	Scheme string `json:"scheme"`
	In     string `json:"in"`
	Flows  []flow `json:"flows"`
	Used   bool   `json:"used"`
}

type schemeRef struct {
	where
	Name   string   `json:"name"`
	Scopes []string `json:"scopes"`
}

type requirement struct {
	where
	Empty   bool        `json:"empty"`
	Schemes []schemeRef `json:"schemes"`
}

type security struct {
	where
	Source        string        `json:"source"`
	Requirements  []requirement `json:"requirements"`
	Anonymous     bool          `json:"anonymous"`
	ExplicitEmpty bool          `json:"explicit_empty"`
}

type operation struct {
	where
	Kind     string   `json:"kind"`
	Path     string   `json:"path"`
	Method   string   `json:"method"`
	Security security `json:"security"`
	Servers  []server `json:"servers"`
}

type property struct {
	where
	Name      string  `json:"name"`
	Schema    *string `json:"schema"`
	WriteOnly bool    `json:"write_only"`
	Owner     string  `json:"owner"`
}

type schema struct {
	where
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	Type       string     `json:"type"`
	Properties []property `json:"properties"`
	InResponse bool       `json:"in_response"`
}

// view is what the comparison reads from one document.
type view struct {
	File            string            `json:"file"`
	Servers         []server          `json:"servers"`
	SecuritySchemes map[string]scheme `json:"security_schemes"`
	Operations      []operation       `json:"operations"`
	Schemas         map[string]schema `json:"schemas"`
}

// viewKeys are the input fields decoded into a view.
var viewKeys = []string{"file", "servers", "security_schemes", "operations", "schemas"}

// decodeView reads the view from a rule input.
func decodeView(input map[string]any) (*view, error) {
	sub := make(map[string]any, len(viewKeys))
	for _, k := range viewKeys {
		if v, ok := input[k]; ok {
			sub[k] = v
		}
	}
	data, err := json.Marshal(sub)
	if err != nil {
		return nil, fmt.Errorf("encode input: %w", err)
	}
	var v view
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("decode input: %w", err)
	}
	return &v, nil
}

// pathParam matches a path template parameter.
var pathParam = regexp.MustCompile(`\{[^{}/]*\}`)

// opKey identifies an operation across versions: method and path template
// with parameter names erased, so /users/{id} matches /users/{userId}.
func opKey(method, path string) string {
	return strings.ToLower(method) + " " + pathParam.ReplaceAllString(path, "{}")
}

// label renders an operation for messages: "GET /users/{id}".
func (o *operation) label() string {
	return strings.ToUpper(o.Method) + " " + o.Path
}

// pathOperations indexes the path operations (not webhooks or callbacks) by
// opKey; the first of two operations with the same key wins.
func (v *view) pathOperations() map[string]*operation {
	out := map[string]*operation{}
	for i := range v.Operations {
		o := &v.Operations[i]
		if o.Kind != "path" {
			continue
		}
		if k := opKey(o.Method, o.Path); out[k] == nil {
			out[k] = o
		}
	}
	return out
}

// allServers lists every written server once: root servers and the path-
// and operation-level servers operations use.
func (v *view) allServers() []server {
	seen := map[string]bool{}
	var out []server
	add := func(s server) {
		k := s.File + "#" + s.Pointer
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	for _, s := range v.Servers {
		add(s)
	}
	for _, o := range v.Operations {
		for _, s := range o.Servers {
			add(s)
		}
	}
	return out
}
