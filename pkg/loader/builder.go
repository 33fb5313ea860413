package loader

import (
	"sort"

	"github.com/oasguard/oasguard/pkg/report"
)

// builder builds the rule input of one document.
type builder struct {
	files    *fileSet
	root     loc
	oas      string
	v2       bool
	refs     map[string]*refRecord
	refOrder []*refRecord
	targets  map[string]int

	schemas     map[string]*schemaEntry
	schemaOrder []*schemaEntry

	schemeViews     map[string]map[string]any
	rootServerViews []any
	usedSchemes     map[string]bool
	ignores         []report.Ignore
	strings         []any
	// stringIndex maps each distinct value of strings to the indexes of the
	// entries holding it: a document repeats most of its descriptions, so a
	// rule that scans the distinct values does a fraction of the work.
	stringIndex map[string]any
	// paramViews are the distinct parameters of path operations.
	paramViews []any
	paramSeen  map[string]bool
	extra      []Problem
	// patternBytes is the length of the patterns compiled so far.
	patternBytes int
	// walked counts the nodes scanAll visited; stopped is the context's
	// error once it is done.
	walked  int
	stopped error

	opCount, unauth int
	// outbound is set while building webhooks and callbacks, whose request
	// bodies the API sends and whose responses it receives.
	outbound bool
}

func newBuilder(files *fileSet, root *File, oas string) *builder {
	return &builder{
		files:       files,
		root:        loc{f: root, ptr: "", n: root.Root},
		oas:         oas,
		v2:          oas == "2.0",
		refs:        map[string]*refRecord{},
		targets:     map[string]int{},
		schemas:     map[string]*schemaEntry{},
		usedSchemes: map[string]bool{},
		stringIndex: map[string]any{},
		paramViews:  []any{},
		paramSeen:   map[string]bool{},
	}
}

// build builds the rule input; raw is the root document as plain values.
// scanAll must have run.
func (b *builder) build(version string, raw any) map[string]any {
	b.schemeViews = b.securitySchemes()
	in := map[string]any{
		"file":     b.root.f.Path,
		"version":  version,
		"oas":      b.oas,
		"document": raw,
		"info":     b.info(),
		"servers":  b.rootServers(),
		"security": b.securityOf(b.root, ""),
	}
	b.componentSchemas()
	ops, paths := b.pathOperations()
	in["operations"] = ops
	in["parameters"] = b.paramViews
	in["paths"] = paths
	b.outbound = true
	in["webhooks"] = b.webhooks()
	in["callbacks"] = b.callbacks(ops)
	b.outbound = false
	in["schemas"] = b.schemaViews()
	in["schema_index"] = b.schemaIndex()
	for name, v := range b.schemeViews {
		v["used"] = b.usedSchemes[name]
	}
	in["security_schemes"] = toAnyMap(b.schemeViews)
	in["components"] = b.components()
	in["refs"] = b.refViews()
	in["strings"] = b.strings
	in["string_index"] = b.stringIndex
	return in
}

func (b *builder) info() map[string]any {
	i := b.root.at("info")
	if !i.n.IsMap() {
		return map[string]any{"pointer": "", "file": b.root.f.Path}
	}
	v, _ := i.n.Value().(map[string]any)
	return i.where(v)
}

func (b *builder) problems() []Problem {
	out := append([]Problem{}, b.files.problems...)
	return append(out, b.extra...)
}

func (b *builder) authCoverage() (int, int) { return b.opCount, b.unauth }

func toAnyMap(m map[string]map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
