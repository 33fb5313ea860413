package validate

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// formatter renders leaves as one-line problems.
type formatter struct {
	docs    schemaDocs
	codes   string // valid response codes of the version
	doc     any    // the validated document, read only
	printer *message.Printer
}

func newFormatter(c *compiled, doc any) *formatter {
	return &formatter{docs: c.docs, codes: c.codes, doc: doc, printer: message.NewPrinter(language.English)}
}

// problems renders one leaf; a leaf naming several properties (required,
// additionalProperties) gives one problem per property.
func (f *formatter) problems(l leaf) []Problem {
	ptr := pointer(l.loc)
	switch k := l.kind.(type) {
	case *kind.Required:
		out := make([]Problem, 0, len(k.Missing))
		for _, m := range k.Missing {
			out = append(out, Problem{ptr, requiredMessage(l.loc, m)})
		}
		return out
	case *kind.AdditionalProperties:
		out := make([]Problem, 0, len(k.Properties))
		for _, p := range k.Properties {
			loc := append(append([]string(nil), l.loc...), p)
			out = append(out, Problem{pointer(loc), f.unknownProperty(l.loc, p)})
		}
		return out
	case *kind.PropertyNames:
		loc := append(append([]string(nil), l.loc...), k.Property)
		return []Problem{{pointer(loc), fmt.Sprintf("invalid property name %q", k.Property)}}
	}
	return []Problem{{ptr, f.message(l)}}
}

func (f *formatter) message(l leaf) string {
	subj := f.subject(l.loc)
	switch k := l.kind.(type) {
	case *kind.Type:
		return fmt.Sprintf("%s has the wrong type: expected %s, got %s", subj, strings.Join(k.Want, " or "), k.Got)
	case *kind.Enum:
		return mustBe(subj, k.Want, k.Got)
	case *oneOfValues:
		return mustBe(subj, k.Want, k.Got)
	case *kind.Const:
		return mustBe(subj, []any{k.Want}, k.Got)
	case *kind.Format:
		return fmt.Sprintf("%s is not a valid %s: %s", subj, k.Want, display(k.Got))
	case *kind.Pattern:
		return fmt.Sprintf("%s must match pattern %s, got %s", subj, k.Want, display(k.Got))
	case *kind.MinProperties:
		if isResponses(l.loc) {
			return responsesEmpty
		}
		return fmt.Sprintf("%s must have at least %d properties", subj, k.Want)
	case *kind.FalseSchema:
		return f.falseSchemaMessage(l)
	case *kind.Dependency:
		return fmt.Sprintf("%s requires %s", strconv.Quote(k.Prop), quoteAll(k.Missing))
	case *kind.DependentRequired:
		return fmt.Sprintf("%s requires %s", strconv.Quote(k.Prop), quoteAll(k.Missing))
	case *requiredOneOf:
		return k.LocalizedString(f.printer)
	case *kind.Not:
		if isResponses(l.loc) { // 2.0: "not only extensions"
			return responsesEmpty
		}
		return f.described(l, subj+" has a form that is not allowed here")
	case *kind.OneOf:
		return f.described(l, subj+" matches more than one of the allowed forms")
	}
	return subj + ": " + l.kind.LocalizedString(f.printer)
}

const responsesEmpty = "responses must have at least one response code"

func requiredMessage(loc []string, missing string) string {
	if missing == "default" && isResponses(loc) {
		return responsesEmpty
	}
	return fmt.Sprintf("missing required property %q", missing)
}

// isResponses tells whether loc is a Responses Object (operation.responses).
func isResponses(loc []string) bool {
	n := len(loc)
	if n < 2 || loc[n-1] != "responses" {
		return false
	}
	switch loc[n-2] {
	case "properties", "components", "definitions", "patternProperties":
		return false
	}
	return true
}

// unknownProperty explains a property that additionalProperties or
// unevaluatedProperties rejected; parent is the object's location.
func (f *formatter) unknownProperty(parent []string, name string) string {
	if strings.HasPrefix(name, "x-") {
		return fmt.Sprintf("extension %q is not allowed here", name)
	}
	if isResponses(parent) {
		return fmt.Sprintf("%q is not a valid response code (expected %s)", name, f.codes)
	}
	if len(parent) == 1 && parent[0] == "paths" {
		return fmt.Sprintf("path %q must start with \"/\"", name)
	}
	return fmt.Sprintf("unknown property %q", name)
}

// falseSchemaMessage explains a failure of the schema `false`, which the
// OpenAPI schemas use for unevaluatedProperties and forbidden properties.
func (f *formatter) falseSchemaMessage(l leaf) string {
	frag := fragment(l.schemaURL)
	n := len(l.loc)
	switch {
	case n > 0 && (strings.HasSuffix(frag, "/unevaluatedProperties") || strings.HasSuffix(frag, "/additionalProperties")):
		return f.unknownProperty(l.loc[:n-1], l.loc[n-1])
	case n > 0 && strings.HasSuffix(frag, "/unevaluatedItems"):
		return "unexpected array item"
	case n > 0 && strings.Contains(frag, "/properties/"):
		return fmt.Sprintf("property %q is not allowed here", l.loc[n-1])
	}
	return "value is not allowed here"
}

// described uses the nearest "description" of the failing schema (within
// its definition) when the official schema has one, else fallback.
func (f *formatter) described(l leaf, fallback string) string {
	if d := f.description(l.schemaURL); d != "" {
		return d
	}
	return fallback
}

func (f *formatter) description(schemaURL string) string {
	base, frag, _ := strings.Cut(schemaURL, "#")
	doc, ok := f.docs[base]
	if !ok {
		return ""
	}
	tokens := splitPointer(frag)
	for n := len(tokens); n >= 2; n-- { // stop at the definition itself
		if m, ok := resolve(doc, tokens[:n]).(map[string]any); ok {
			if d, ok := m["description"].(string); ok && d != "" {
				return d
			}
		}
	}
	return ""
}

func splitPointer(frag string) []string {
	if frag == "" || frag == "/" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(frag, "/"), "/")
	for i, p := range parts {
		parts[i] = strings.NewReplacer("~1", "/", "~0", "~").Replace(p)
	}
	return parts
}

func fragment(u string) string {
	_, frag, _ := strings.Cut(u, "#")
	return frag
}

// subject names the value at loc for a message: its quoted key, or
// "item N" inside an array.
func (f *formatter) subject(loc []string) string {
	n := len(loc)
	if n == 0 {
		return "document"
	}
	if _, ok := resolve(f.doc, loc[:n-1]).([]any); ok {
		return "item " + loc[n-1]
	}
	return strconv.Quote(loc[n-1])
}

func mustBe(subj string, want []any, got any) string {
	if len(want) == 1 {
		return fmt.Sprintf("%s must be %s, got %s", subj, display(want[0]), display(got))
	}
	return fmt.Sprintf("%s must be one of %s, got %s", subj, displayList(want), display(got))
}

func displayList(vs []any) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = display(v)
	}
	return strings.Join(parts, ", ")
}

func quoteAll(ss []string) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = strconv.Quote(s)
	}
	return strings.Join(parts, ", ")
}

// display renders a value compactly for a message.
func display(v any) string {
	switch v := v.(type) {
	case string:
		if r := []rune(v); len(r) > 60 {
			v = string(r[:57]) + "..."
		}
		return strconv.Quote(v)
	case nil:
		return "null"
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case json.Number:
		return v.String()
	}
	return fmt.Sprint(v)
}

var _ jsonschema.ErrorKind = (*oneOfValues)(nil)
