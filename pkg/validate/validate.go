// Package validate checks an OpenAPI document against the official JSON
// Schema of its version (Swagger 2.0, OpenAPI 3.0, 3.1, 3.2) and reports
// each structural problem as a JSON pointer plus a one-line message.
//
// The schemas are embedded; nothing is ever fetched over the network.
package validate

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// MaxProblems caps the problems reported for one document; past it a final
// problem says how many more there were.
const MaxProblems = 200

// Validator holds the compiled schemas; safe for concurrent use; build once
// per process.
type Validator struct {
	versions map[string]*compiled
}

// Problem is one structural error in a document: Pointer is the RFC 6901
// JSON pointer of the offending value ("" is the document root).
type Problem struct {
	Pointer string
	Message string
}

// New compiles the schemas of every supported version (a few milliseconds
// each).
func New() (*Validator, error) {
	v := &Validator{versions: make(map[string]*compiled, len(versionSpecs))}
	for name, spec := range versionSpecs {
		c, err := compileVersion(spec)
		if err != nil {
			return nil, fmt.Errorf("openapi %s schema: %w", name, err)
		}
		v.versions[name] = c
	}
	return v, nil
}

// Validate checks doc (generic values: map[string]any, []any, string, bool,
// nil, json.Number) against the schema of OpenAPI version oas ("2.0",
// "3.0", "3.1" or "3.2"; a full version such as "3.0.3" is accepted too).
// It returns nil for a valid document and never modifies doc.
func (v *Validator) Validate(oas string, doc any) []Problem {
	c, ok := v.versions[majorMinor(oas)]
	if !ok {
		return []Problem{{Pointer: "", Message: fmt.Sprintf("unsupported OpenAPI version %q", oas)}}
	}
	sch := c.entry
	if c.plain != nil && foreignDialect(doc) {
		sch = c.plain
	}
	err := sch.Validate(doc)
	if err == nil {
		return nil
	}
	var verr *jsonschema.ValidationError
	if !errors.As(err, &verr) {
		return []Problem{{Pointer: "", Message: err.Error()}}
	}
	return capProblems(collect(verr, doc, c.docs))
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
