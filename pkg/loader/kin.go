package loader

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
)

// kinProblems loads and validates the document with kin-openapi. It serves
// files only from the file set (already read within the root): nothing else
// is read and nothing is fetched. Each problem is located as precisely as
// kin-openapi's message allows.
func kinProblems(ctx context.Context, files *fileSet, root *File, oas string) (problems []Problem) {
	defer func() {
		if r := recover(); r != nil {
			problems = []Problem{{Kind: "openapi", File: root.Path, Message: fmt.Sprintf("kin-openapi could not validate the document: %v", r)}}
		}
	}()
	if key, n, refs := kinCost(files); n > maxKinMapKeys || refs > maxKinRefs {
		return []Problem{{Kind: "openapi", File: root.Path, Pointer: key,
			Message: fmt.Sprintf("not validated by kin-openapi: a map holds %d keys (at most %d) and the files %d $refs (at most %d); "+
				"its YAML reader compares keys in quadratic time and its resolver recurses along $ref chains", n, maxKinMapKeys, refs, maxKinRefs)}}
	}
	l := openapi3.NewLoader()
	l.Context = ctx
	l.IsExternalRefsAllowed = true
	l.ReadFromURIFunc = func(_ *openapi3.Loader, u *url.URL) ([]byte, error) {
		if u.Scheme != "" && u.Scheme != "file" {
			if data, ok := files.remoteData(u.String()); ok {
				return data, nil // fetched already, from an allowed host
			}
			return nil, fmt.Errorf("remote reference %s is not fetched", u)
		}
		if f, ok := files.files[filepath.Clean(filepath.FromSlash(u.Path))]; ok {
			return kinData(f), nil
		}
		return nil, fmt.Errorf("%s was not read", u.Path)
	}
	var doc *openapi3.T
	var err error
	if oas == "2.0" {
		doc, err = kinFromV2(root)
	} else {
		location := &url.URL{Path: filepath.ToSlash(root.Abs)}
		if root.Abs == "" {
			location = &url.URL{Path: filepath.ToSlash(filepath.Join(files.cwd, "stdin.yaml"))}
		}
		doc, err = l.LoadFromDataWithPath(kinData(root), location)
	}
	if err != nil {
		if refError(err) || len(files.problems) > 0 {
			return nil // broken refs and parse problems are reported on their own
		}
		return []Problem{{Kind: "openapi", File: root.Path, Message: "kin-openapi cannot load the document: " + trimKin(err.Error())}}
	}
	stubComponentRefs(doc)
	verr := doc.Validate(ctx, openapi3.EnableMultiError(), openapi3.DisableExamplesValidation(), openapi3.DisableSchemaDefaultsValidation(),
		// Patterns are checked, within bounds, by checkPattern; kin-openapi
		// would compile every one, unbounded, into a process-wide cache.
		openapi3.DisableSchemaPatternValidation())
	return kinErrors(verr, root, oas)
}

func kinFromV2(root *File) (*openapi3.T, error) {
	var d2 openapi2.T
	if err := d2.UnmarshalJSON(mustJSON(root.Root)); err != nil {
		return nil, err
	}
	return openapi2conv.ToV3(&d2)
}

func refError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"$ref", "resolve", "not read", "not fetched", "external reference"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func kinErrors(err error, root *File, oas string) []Problem {
	if err == nil {
		return nil
	}
	var errs []error
	var me openapi3.MultiError
	if errors.As(err, &me) {
		errs = me
	} else {
		errs = []error{err}
	}
	var out []Problem
	seen := map[string]bool{}
	for _, e := range errs {
		msg := trimKin(e.Error())
		if seen[msg] || ignoredKin(msg, oas) {
			continue
		}
		seen[msg] = true
		out = append(out, Problem{Kind: "openapi", File: root.Path, Pointer: kinPointer(msg, root, oas), Message: msg})
	}
	return out
}

func trimKin(s string) string {
	if len(s) > 400 {
		s = s[:400] + "…"
	}
	return s
}

var (
	kinComponent = regexp.MustCompile(`^invalid components: (schema|parameter|response|request body|header|security scheme|example|link|callback) "([^"]+)"`)
	kinPath      = regexp.MustCompile(`^invalid paths: invalid path ([^:]+): invalid operation ([A-Z]+)`)
	kinPathOnly  = regexp.MustCompile(`^invalid paths: invalid path ([^:]+):`)
)

var kinSections = map[string]string{
	"schema": "schemas", "parameter": "parameters", "response": "responses", "request body": "requestBodies",
	"header": "headers", "security scheme": "securitySchemes", "example": "examples", "link": "links", "callback": "callbacks",
}

// kinPointer maps a kin-openapi message onto the deepest pointer it names
// that exists in the document.
func kinPointer(msg string, root *File, oas string) string {
	var p string
	switch {
	case kinComponent.MatchString(msg):
		m := kinComponent.FindStringSubmatch(msg)
		p = Join("/components/"+kinSections[m[1]], m[2])
		if oas == "2.0" {
			p = v2Pointer(kinSections[m[1]], m[2])
		}
	case kinPath.MatchString(msg):
		m := kinPath.FindStringSubmatch(msg)
		p = Join("/paths", m[1], strings.ToLower(m[2]))
	case kinPathOnly.MatchString(msg):
		p = Join("/paths", kinPathOnly.FindStringSubmatch(msg)[1])
	case strings.HasPrefix(msg, "invalid info"):
		p = "/info"
	case strings.HasPrefix(msg, "invalid servers") || strings.HasPrefix(msg, "invalid server"):
		p = "/servers"
	}
	if n, _ := root.Root.Lookup(p); n == nil {
		return ""
	}
	return p
}

func v2Pointer(section, name string) string {
	switch section {
	case "schemas":
		return Join("/definitions", name)
	case "securitySchemes":
		return Join("/securityDefinitions", name)
	}
	return Join("/"+section, name)
}

// ignoredKin drops kin-openapi messages that are reported more precisely
// elsewhere (patterns: per pattern, as kind "regex") or that are wrong for
// the version (3.1+ schemas may carry any keyword beside $ref).
func ignoredKin(msg, oas string) bool {
	if strings.Contains(msg, "error parsing regexp") {
		return true
	}
	if oas == "2.0" && (strings.Contains(msg, "is not supported by OpenAPIv3 standard") || strings.Contains(msg, "an array of types is for OpenAPI >=3.1")) {
		return true // artefacts of the conversion to OpenAPI 3, not 2.0 violations
	}
	return oas != "2.0" && oas != "3.0" && strings.Contains(msg, "extra sibling fields")
}

// maxKinMapKeys is the most keys one map may hold for kin-openapi to
// validate the document: its YAML reader compares every key of a map with
// every other (200,000 component keys took minutes).
const maxKinMapKeys = 10_000

// maxKinRefs is the most $refs the files may hold for kin-openapi to
// validate the document: its resolver recurses along $ref chains, and a
// chain of 150,000 links overflows the stack, which no recover catches.
// The largest real specs hold under 4,000.
const maxKinRefs = 20_000

// kinCost finds the map with the most keys (its pointer when it is in the
// root document) and their number, and counts the $refs, across every file
// read.
func kinCost(files *fileSet) (ptr string, keys, refs int) {
	for _, f := range files.order {
		stack := []*Node{f.Root}
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if n.Kind != MapNode {
				stack = append(stack, n.Kids...)
				continue
			}
			if n.Has("$ref") {
				refs++
			}
			if len(n.Keys) > keys {
				keys = len(n.Keys)
				if f == files.order[0] {
					ptr = pointerOf(f.Root, n)
				}
			}
			stack = append(stack, n.Kids...)
		}
	}
	return ptr, keys, refs
}

// pointerOf finds the pointer of node target under root, breadth first
// along maps only (the wide maps are components sections); "" when not found.
func pointerOf(root, target *Node) string {
	type item struct {
		n   *Node
		ptr string
	}
	queue := []item{{root, ""}}
	for i := 0; i < len(queue) && i < 100_000; i++ {
		it := queue[i]
		if it.n == target {
			return it.ptr
		}
		if it.n.Kind == MapNode && len(it.n.Keys) <= maxKinMapKeys {
			for j, k := range it.n.Keys {
				queue = append(queue, item{it.n.Kids[j], Join(it.ptr, k)})
			}
		}
	}
	return ""
}
