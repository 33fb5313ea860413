package validate

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync/atomic"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaFS holds the official OpenAPI JSON Schemas (Apache-2.0, see
// schemas/LICENSE and schemas/README.md).
//
//go:embed schemas/v2.0/*.json schemas/v3.0/*.yaml schemas/v3.1/*.yaml schemas/v3.2/*.yaml
var schemaFS embed.FS

// versionSpec names the embedded folder of one OpenAPI version and the file
// whose schema validates a whole document. The 3.1/3.2 entry points are the
// "schema-base" files, which also check every Schema Object against the
// OpenAPI dialect (JSON Schema 2020-12 plus the OAS vocabulary).
type versionSpec struct {
	dir   string
	entry string
	// plain is the entry that skips Schema Object validation; used when a
	// 3.1+ document declares a jsonSchemaDialect other than the OAS one.
	plain string
	// codes describes the valid response codes, for messages.
	codes string
}

var versionSpecs = map[string]versionSpec{
	"2.0": {dir: "v2.0", entry: "schema.json", codes: codes20},
	"3.0": {dir: "v3.0", entry: "schema.yaml", codes: codes3},
	"3.1": {dir: "v3.1", entry: "schema-base.yaml", plain: "schema.yaml", codes: codes3},
	"3.2": {dir: "v3.2", entry: "schema-base.yaml", plain: "schema.yaml", codes: codes3},
}

const (
	codes20 = `a three-digit code or "default"`
	codes3  = `100-599, 1XX-5XX or "default"`
)

// compiled is the pair of schemas compiled for one version.
type compiled struct {
	entry *jsonschema.Schema
	plain *jsonschema.Schema
	docs  schemaDocs // read-only after compile
	codes string
}

// compileVersion compiles the schemas of one OpenAPI version with a compiler
// that only knows the embedded files: any other URL fails to load.
func compileVersion(spec versionSpec) (*compiled, error) {
	c := jsonschema.NewCompiler()
	c.UseLoader(embeddedOnly{})
	engine := &regexpEngine{}
	c.UseRegexpEngine(engine.compile)
	defer engine.compiled.Store(true)
	docs := schemaDocs{}
	ids, err := addResources(c, spec.dir, docs)
	if err != nil {
		return nil, err
	}
	out := &compiled{docs: docs, codes: spec.codes}
	if out.entry, err = compileFile(c, ids, spec.dir, spec.entry); err != nil {
		return nil, err
	}
	if spec.plain != "" {
		if out.plain, err = compileFile(c, ids, spec.dir, spec.plain); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func compileFile(c *jsonschema.Compiler, ids map[string]string, dir, file string) (*jsonschema.Schema, error) {
	id, ok := ids[file]
	if !ok {
		return nil, fmt.Errorf("schema %s/%s not embedded", dir, file)
	}
	s, err := c.Compile(id)
	if err != nil {
		return nil, fmt.Errorf("compile %s/%s: %w", dir, file, err)
	}
	return s, nil
}

// addResources registers every embedded file of dir under its $id (or the
// draft-04 "id"), records it in docs and returns file name -> id.
func addResources(c *jsonschema.Compiler, dir string, docs schemaDocs) (map[string]string, error) {
	entries, err := fs.ReadDir(schemaFS, "schemas/"+dir)
	if err != nil {
		return nil, fmt.Errorf("read embedded schemas %s: %w", dir, err)
	}
	ids := make(map[string]string, len(entries))
	for _, e := range entries {
		name := path.Join("schemas", dir, e.Name())
		doc, id, err := readSchema(name)
		if err != nil {
			return nil, err
		}
		if err := c.AddResource(id, doc); err != nil {
			return nil, fmt.Errorf("add schema %s: %w", name, err)
		}
		ids[e.Name()] = id
		docs[strings.TrimSuffix(id, "#")] = doc
	}
	return ids, nil
}

func readSchema(name string) (any, string, error) {
	data, err := schemaFS.ReadFile(name)
	if err != nil {
		return nil, "", fmt.Errorf("read %s: %w", name, err)
	}
	doc, err := yamlToGeneric(data) // JSON is YAML too
	if err != nil {
		return nil, "", fmt.Errorf("parse %s: %w", name, err)
	}
	obj, ok := doc.(map[string]any)
	if !ok {
		return nil, "", fmt.Errorf("schema %s is not an object", name)
	}
	for _, key := range []string{"$id", "id"} {
		if id, ok := obj[key].(string); ok && id != "" {
			return doc, id, nil
		}
	}
	return nil, "", fmt.Errorf("schema %s has no $id", name)
}

// embeddedOnly is the compiler's loader: everything needed is registered up
// front with AddResource (or is a JSON Schema meta-schema built into the
// library), so any load request is a missing resource, never a fetch.
type embeddedOnly struct{}

// Load always fails.
func (embeddedOnly) Load(url string) (any, error) {
	return nil, fmt.Errorf("schema %s is not embedded; refusing to load it", url)
}

// regexpEngine compiles the official schemas' own regexes. Once they are
// compiled, the only regexes it is asked for are the document's patterns
// (format "regex"): those are accepted without compiling, because the loader
// checks them within bounds (a few long patterns take Go's compiler seconds
// each) and reports those it cannot compile.
type regexpEngine struct{ compiled atomic.Bool }

func (e *regexpEngine) compile(s string) (jsonschema.Regexp, error) {
	if e.compiled.Load() {
		return anyMatch(s), nil
	}
	return ecmaTolerantRegexp(s)
}

// ecmaTolerantRegexp compiles with Go's regexp. OpenAPI patterns are ECMA-262
// regexes, which allow constructs RE2 lacks (lookaround, backreferences,
// repeat counts above 1000); those are accepted as valid rather than
// reported, and match everything.
func ecmaTolerantRegexp(s string) (jsonschema.Regexp, error) {
	re, err := regexp.Compile(s)
	if err == nil {
		return re, nil
	}
	var se *syntax.Error
	if errors.As(err, &se) && unsupportedByRE2(se.Code) {
		return anyMatch(s), nil
	}
	return nil, err
}

func unsupportedByRE2(code syntax.ErrorCode) bool {
	switch code {
	case syntax.ErrInvalidPerlOp, syntax.ErrInvalidRepeatSize, syntax.ErrInvalidEscape,
		syntax.ErrInvalidNamedCapture, syntax.ErrInvalidCharRange, syntax.ErrNestingDepth,
		syntax.ErrLarge:
		return true
	}
	return false
}

// anyMatch stands for a regex Go cannot run.
type anyMatch string

func (a anyMatch) String() string { return string(a) }

// MatchString reports true: the pattern cannot be evaluated here.
func (anyMatch) MatchString(string) bool { return true }
