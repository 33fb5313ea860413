package traffic

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/oasguard/oasguard/pkg/loader"
)

// Spec is one OpenAPI document prepared for matching: the loader's document
// (positions, version-independent views) and kin-openapi's model with a
// router over it.
type Spec struct {
	Path   string
	Doc    *loader.Document
	kin    *openapi3.T
	router routers.Router
	// ops are the path operations by "METHOD /template".
	ops     map[string]*opInfo
	opOrder []*opInfo
	servers []serverInfo
	// versions maps a path template with its version segment replaced by
	// "{version}" to the versions documented for it.
	versions    map[string][]versionedPath
	versionList []int
}

// opInfo is what the checks need to know of one operation.
type opInfo struct {
	Path, Method  string // template, upper-case method
	Pointer, File string
	Deprecated    bool
	// Params maps "in:name" (name lower-cased for headers) to the
	// parameter's location.
	Params map[string]loc
	// Responses maps a status key ("200", "4XX", "default") to the
	// response's location.
	Responses map[string]loc
	// newer is the template of a newer version of this path, when the spec
	// documents one.
	newer string
}

type loc struct{ Pointer, File string }

// serverInfo is one server of the spec: host "" for a relative URL.
type serverInfo struct {
	Host, Scheme, Base, Pointer string
}

type versionedPath struct {
	version  int
	template string
}

// opView and serverView are the parts of the loader's rule input read here.
type opView struct {
	Kind, Path, Method, Pointer, File string
	Deprecated                        bool
	Parameters                        []struct{ Name, In, Pointer, File string }
	Responses                         []struct{ Status, Pointer, File string }
}

type serverView struct {
	Host, Scheme, Pointer string
	BasePath              string `json:"base_path"`
}

// LoadSpec loads an OpenAPI document for matching traffic. opts bound the
// loading as for a scan.
func LoadSpec(ctx context.Context, path string, opts loader.Options) (*Spec, error) {
	opts.SkipValidation = true
	doc, err := loader.LoadFile(path, opts)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	s := &Spec{Path: doc.Path, Doc: doc}
	if err := s.views(); err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Path, err)
	}
	if s.kin, err = kinDocument(ctx, doc); err != nil {
		return nil, fmt.Errorf("%s: kin-openapi cannot read the document: %w", doc.Path, err)
	}
	relativeServers(s.kin)
	if s.router, err = newRouter(s.kin); err != nil {
		return nil, fmt.Errorf("%s: build router: %w", doc.Path, err)
	}
	s.indexVersions()
	return s, nil
}

// views reads the operations and root servers of the loader's views.
func (s *Spec) views() error {
	var ops []opView
	if err := roundTrip(s.Doc.Input["operations"], &ops); err != nil {
		return err
	}
	s.ops = map[string]*opInfo{}
	for _, o := range ops {
		if o.Kind != "path" {
			continue
		}
		oi := &opInfo{Path: o.Path, Method: strings.ToUpper(o.Method), Pointer: o.Pointer, File: o.File,
			Deprecated: o.Deprecated, Params: map[string]loc{}, Responses: map[string]loc{}}
		for _, p := range o.Parameters {
			oi.Params[paramKey(p.In, p.Name)] = loc{p.Pointer, p.File}
		}
		for _, r := range o.Responses {
			oi.Responses[strings.ToUpper(r.Status)] = loc{r.Pointer, r.File}
		}
		s.ops[oi.Method+" "+oi.Path] = oi
		s.opOrder = append(s.opOrder, oi)
	}
	var servers []serverView
	if err := roundTrip(s.Doc.Input["servers"], &servers); err != nil {
		return err
	}
	for _, v := range servers {
		s.servers = append(s.servers, serverInfo{Host: strings.ToLower(v.Host), Scheme: v.Scheme,
			Base: strings.TrimRight(v.BasePath, "/"), Pointer: v.Pointer})
	}
	return nil
}

func paramKey(in, name string) string {
	if in == "header" || in == "cookie" {
		name = strings.ToLower(name)
	}
	return in + ":" + name
}

func roundTrip(v, out any) error {
	if v == nil {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}

// kinDocument builds kin-openapi's model of the document from the files the
// loader read: nothing else is read and nothing is fetched. Swagger 2.0 goes
// through kin-openapi's conversion.
func kinDocument(ctx context.Context, doc *loader.Document) (t *openapi3.T, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, fmt.Errorf("%v", r)
		}
	}()
	root := doc.File("")
	if doc.OAS == "2.0" {
		raw, err := json.Marshal(root.Root.Value())
		if err != nil {
			return nil, err
		}
		var d2 openapi2.T
		if err := d2.UnmarshalJSON(raw); err != nil {
			return nil, err
		}
		return openapi2conv.ToV3(&d2)
	}
	byAbs := map[string]*loader.File{}
	for _, f := range doc.Files {
		if f.Abs != "" {
			byAbs[filepath.Clean(f.Abs)] = f
		}
	}
	l := openapi3.NewLoader()
	l.Context = ctx
	l.IsExternalRefsAllowed = true
	l.ReadFromURIFunc = func(_ *openapi3.Loader, u *url.URL) ([]byte, error) {
		if u.Scheme != "" && u.Scheme != "file" {
			return nil, fmt.Errorf("remote reference %s is not fetched", u.Redacted())
		}
		if f, ok := byAbs[filepath.Clean(filepath.FromSlash(u.Path))]; ok {
			return f.Data, nil
		}
		return nil, fmt.Errorf("%s was not read", u.Path)
	}
	abs := root.Abs
	if abs == "" {
		abs = "stdin.yaml"
	}
	return l.LoadFromDataWithPath(root.Data, &url.URL{Path: filepath.ToSlash(abs)})
}

// relativeServers replaces every server by its base path, so that the router
// matches on the path alone: the capture may come from another host
// (staging, localhost) than the spec names, and access logs have no host.
// Which spec serves which host is decided before routing.
func relativeServers(t *openapi3.T) {
	t.Servers = relative(t.Servers)
	if t.Paths == nil {
		t.Paths = openapi3.NewPaths()
	}
	for _, item := range t.Paths.Map() {
		if len(item.Servers) > 0 {
			item.Servers = relative(item.Servers)
		}
	}
}

func relative(in openapi3.Servers) openapi3.Servers {
	seen := map[string]bool{}
	var out openapi3.Servers
	for _, srv := range in {
		base, err := srv.BasePath()
		if err != nil {
			continue
		}
		base = strings.TrimRight(base, "/")
		if !seen[base] {
			seen[base] = true
			out = append(out, &openapi3.Server{URL: base})
		}
	}
	if seen[""] {
		return nil // "/" serves every path: no base to strip
	}
	return out
}

func newRouter(t *openapi3.T) (r routers.Router, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("%v", p)
		}
	}()
	return gorillamux.NewRouter(t)
}
