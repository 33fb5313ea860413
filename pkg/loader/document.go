package loader

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
)

// Document is one loaded root document with everything rules need.
type Document struct {
	Path    string // as displayed
	Version string // the literal swagger/openapi value
	OAS     string // 2.0, 3.0, 3.1 or 3.2
	Files   map[string]*File
	// Input is the rule input described in docs/rule-input.md.
	Input    map[string]any
	Problems []Problem
	Ignores  []report.Ignore
	// Operations and Unauthenticated count path operations and those callable
	// without credentials.
	Operations, Unauthenticated int

	pending func() []Problem // validation deferred by Options.DeferValidation
}

// Validate waits for the validation started in the background by
// Options.DeferValidation and returns its problems; nil when none is
// pending. Record its result with AddProblems.
func (d *Document) Validate() []Problem {
	run := d.pending
	d.pending = nil
	if run == nil {
		return nil
	}
	return run()
}

// AddProblems records problems found after loading, in Problems and in the
// rule input.
func (d *Document) AddProblems(ps []Problem) {
	if len(ps) == 0 {
		return
	}
	d.Problems = append(d.Problems, ps...)
	d.Input["problems"] = problemViews(d.Problems)
}

// File returns the parsed file with the display path, or nil.
func (d *Document) File(path string) *File {
	if path == "" {
		path = d.Path
	}
	return d.Files[path]
}

// ErrNotOpenAPI is returned for documents without a swagger/openapi field.
var ErrNotOpenAPI = errors.New("not an OpenAPI document: no top-level \"openapi\" or \"swagger\" field")

// LoadFile loads the document at path.
func LoadFile(path string, opts Options) (*Document, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	opts = opts.withDefaults(filepath.Dir(abs))
	data, err := readFile(abs, opts.MaxFileSize)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	return load(filepath.ToSlash(filepath.Clean(path)), abs, data, opts)
}

// LoadReader loads a document from r (standard input), displayed as name.
// Relative $refs resolve against the current directory.
func LoadReader(name string, r io.Reader, opts Options) (*Document, error) {
	opts = opts.withDefaults(".")
	data, err := readLimited(r, opts.MaxFileSize)
	if err != nil {
		return nil, err
	}
	return load(name, "", data, opts)
}

func load(name, abs string, data []byte, opts Options) (*Document, error) {
	f, dups, err := parseData(name, data, opts.Limits)
	if err != nil {
		return nil, err
	}
	f.Abs = abs
	version, oas, err := detectVersion(f.Root)
	if err != nil {
		return nil, err
	}
	files := newFileSet(opts)
	files.add(f)
	if real, err := filepath.EvalSymlinks(abs); err == nil && abs != "" {
		files.files[real] = f
	}
	if opts.rootURL != "" {
		files.markRemote(f, opts.rootURL)
	}
	files.problems = append(files.problems, dups...)
	b := newBuilder(files, f, oas)
	b.scanAll() // reads every file the document refers to
	if b.stopped != nil {
		return nil, fmt.Errorf("loading stopped: %w", b.stopped)
	}
	raw := f.Root.Value()
	doc := &Document{Path: name, Version: version, OAS: oas, Files: map[string]*File{}}
	if opts.DeferValidation {
		// The validators only read the files, which are complete now: they
		// run while the rule input is built.
		done := make(chan []Problem, 1)
		go func() { done <- validation(files, f, oas, raw, opts) }()
		doc.pending = func() []Problem { return <-done }
	}
	doc.Input = b.build(version, raw)
	if err := opts.Context.Err(); err != nil {
		return nil, fmt.Errorf("loading stopped: %w", err)
	}
	for _, file := range files.order {
		doc.Files[file.Path] = file
	}
	doc.Problems = b.problems()
	if !opts.DeferValidation {
		doc.Problems = append(doc.Problems, validation(files, f, oas, raw, opts)...)
	}
	doc.Input["problems"] = problemViews(doc.Problems)
	doc.Ignores = b.ignores
	doc.Operations, doc.Unauthenticated = b.authCoverage()
	return doc, nil
}

// detectVersion reads the swagger/openapi field.
func detectVersion(root *Node) (version, oas string, err error) {
	if !root.IsMap() {
		return "", "", ErrNotOpenAPI
	}
	if v := root.Get("swagger"); v != nil {
		if strings.HasPrefix(v.Text, "2") {
			return v.Text, "2.0", nil
		}
		return v.Text, "", fmt.Errorf("unsupported swagger version %q (supported: 2.0)", v.Text)
	}
	v := root.Get("openapi")
	if v == nil {
		return "", "", ErrNotOpenAPI
	}
	for _, minor := range []string{"3.0", "3.1", "3.2"} {
		if v.Text == minor || strings.HasPrefix(v.Text, minor+".") {
			return v.Text, minor, nil
		}
	}
	return v.Text, "", fmt.Errorf("unsupported openapi version %q (supported: 2.0, 3.0, 3.1, 3.2)", v.Text)
}

// validation is what kin-openapi, then the official JSON Schema, find wrong
// with the document. The JSON Schema check runs first: it is the shorter
// one, so that its garbage is made, and collected, while the rule input is
// built rather than while the rules run.
func validation(files *fileSet, root *File, oas string, raw any, opts Options) []Problem {
	if opts.SkipValidation {
		return nil
	}
	var schema []Problem
	if opts.Validator != nil {
		for _, p := range opts.Validator.Validate(oas, raw) {
			schema = append(schema, Problem{Kind: "schema", File: root.Path, Pointer: p.Pointer, Message: p.Message})
		}
	}
	if opts.Context.Err() != nil {
		return schema // stopped: the document is reported as not scanned
	}
	return append(kinProblems(opts.Context, files, root, oas), schema...)
}

func problemViews(ps []Problem) []any {
	out := make([]any, 0, len(ps))
	for _, p := range ps {
		out = append(out, map[string]any{"kind": p.Kind, "message": p.Message, "pointer": p.Pointer, "file": p.File})
	}
	return out
}
