// Package validate checks an OpenAPI document against the official JSON
// Schema of its version (Swagger 2.0, OpenAPI 3.0, 3.1, 3.2) and reports
// each structural problem as a JSON pointer plus a one-line message.
//
// The schemas are embedded; nothing is ever fetched over the network.
package validate

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// MaxProblems caps the problems reported for one document; past it a final
// problem says how many more there were.
const MaxProblems = 200

// Validator holds the compiled schemas; safe for concurrent use; build once
// per process.
type Validator struct {
	versions map[string]*lazyVersion
}

// lazyVersion compiles the schemas of one version on first use (10-20 ms
// each, so a process that only meets 3.0 documents pays for 3.0 only).
type lazyVersion struct {
	spec versionSpec
	once sync.Once
	c    *compiled
	err  error
}

func (l *lazyVersion) get() (*compiled, error) {
	l.once.Do(func() { l.c, l.err = compileVersion(l.spec) })
	return l.c, l.err
}

// Problem is one structural error in a document: Pointer is the RFC 6901
// JSON pointer of the offending value ("" is the document root).
type Problem struct {
	Pointer string
	Message string
}

// New checks that the schemas of every supported version are embedded; each
// version's schemas are compiled on first use.
func New() (*Validator, error) {
	v := &Validator{versions: make(map[string]*lazyVersion, len(versionSpecs))}
	for name, spec := range versionSpecs {
		for _, file := range []string{spec.entry, spec.plain} {
			if file == "" {
				continue
			}
			if _, err := fs.Stat(schemaFS, path.Join("schemas", spec.dir, file)); err != nil {
				return nil, fmt.Errorf("openapi %s schema: %w", name, err)
			}
		}
		v.versions[name] = &lazyVersion{spec: spec}
	}
	return v, nil
}

// Validate checks doc (generic values: map[string]any, []any, string, bool,
// nil, json.Number) against the schema of OpenAPI version oas ("2.0",
// "3.0", "3.1" or "3.2"; a full version such as "3.0.3" is accepted too).
// It returns nil for a valid document and never modifies doc.
func (v *Validator) Validate(oas string, doc any) []Problem {
	lv, ok := v.versions[majorMinor(oas)]
	if !ok {
		return []Problem{{Pointer: "", Message: fmt.Sprintf("unsupported OpenAPI version %q", oas)}}
	}
	c, err := lv.get()
	if err != nil { // embedded schemas are covered by tests; never expected
		return []Problem{{Pointer: "", Message: fmt.Sprintf("internal error: openapi %s schema: %v", oas, err)}}
	}
	sch, dialects := c.entry, c.plain != nil
	if dialects && foreignDialect(doc) {
		sch, dialects = c.plain, false
	}
	err = sch.Validate(doc)
	if err == nil {
		return nil
	}
	var verr *jsonschema.ValidationError
	if !errors.As(err, &verr) {
		return []Problem{{Pointer: "", Message: err.Error()}}
	}
	return capProblems(collect(verr, doc, c, dialects))
}

// majorMinor reduces "3.0.3" to "3.0"; "2.0" and "3.1" stay as they are.
func majorMinor(oas string) string {
	parts := strings.SplitN(strings.TrimSpace(oas), ".", 3)
	if len(parts) < 2 {
		return oas
	}
	return parts[0] + "." + parts[1]
}

// foreignDialect reports whether a 3.1+ document declares a default
// jsonSchemaDialect other than the OpenAPI one; its Schema Objects are then
// not checked against the OpenAPI dialect.
func foreignDialect(doc any) bool {
	obj, ok := doc.(map[string]any)
	if !ok {
		return false
	}
	d, ok := obj["jsonSchemaDialect"].(string)
	return ok && !isOASDialect(d)
}

// isOASDialect matches every published or draft id of the OpenAPI dialect
// (".../oas/3.1/dialect/base", ".../dialect/2024-10-25", the embedded
// WORK-IN-PROGRESS one).
func isOASDialect(s string) bool {
	return strings.HasPrefix(s, "https://spec.openapis.org/oas/3.") &&
		strings.Contains(s, "/dialect/")
}

// capProblems sorts by pointer (document order of keys is lost in maps, so
// this keeps output stable) and truncates to MaxProblems.
func capProblems(ps []Problem) []Problem {
	if len(ps) == 0 {
		return nil
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Pointer < ps[j].Pointer })
	if len(ps) <= MaxProblems {
		return ps
	}
	extra := len(ps) - (MaxProblems - 1)
	ps = ps[:MaxProblems-1]
	return append(ps, Problem{Pointer: "", Message: fmt.Sprintf("and %d more problems", extra)})
}
