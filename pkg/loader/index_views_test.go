package loader

import (
	"reflect"
	"sort"
	"testing"
)

const indexSpec = `openapi: 3.0.3
info: {title: t, version: "1", description: "shared text for the index"}
paths:
  /users/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: trace, in: header, schema: {type: string}}
    get:
      description: shared text for the index
      parameters:
        - {name: trace, in: header, schema: {type: integer}}
      responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/User"}}}}}
    delete:
      responses: {"204": {description: gone}}
components:
  schemas:
    Base:
      type: object
      properties: {id: {type: string}, created: {type: string}}
    User:
      allOf:
        - $ref: "#/components/schemas/Base"
        - type: object
          properties: {email: {type: string}, id: {type: string}}
`

// TestPropertyIndex: schema_index.property lists, per property name, the
// schemas that declare it themselves; a property inherited through allOf
// is indexed at its declaring schema only.
func TestPropertyIndex(t *testing.T) {
	d := loadFiles(t, map[string]string{"api.yaml": indexSpec}, "api.yaml")
	idx := d.Input["schema_index"].(map[string]any)["property"].(map[string]any)
	want := map[string][]string{
		"id":      {"api.yaml#/components/schemas/Base", "api.yaml#/components/schemas/User/allOf/1"},
		"created": {"api.yaml#/components/schemas/Base"},
		"email":   {"api.yaml#/components/schemas/User/allOf/1"},
	}
	got := map[string][]string{}
	for name, ids := range idx {
		for _, id := range ids.([]any) {
			got[name] = append(got[name], id.(string))
		}
		sort.Strings(got[name])
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("schema_index.property = %v, want %v", got, want)
	}
}

// TestRecursiveFlagIndex: schema_index.flag.recursive lists exactly the
// schemas on a reference cycle, here a tree node that holds its children.
func TestRecursiveFlagIndex(t *testing.T) {
	spec := `openapi: 3.0.0
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Node:
      type: object
      properties:
        children: {type: array, items: {$ref: "#/components/schemas/Node"}}
        name: {type: string}
    Leaf: {type: string}
`
	d := loadFiles(t, map[string]string{"api.yaml": spec}, "api.yaml")
	got := d.Input["schema_index"].(map[string]any)["flag"].(map[string]any)["recursive"]
	want := []any{"api.yaml#/components/schemas/Node", "api.yaml#/components/schemas/Node/properties/children"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("schema_index.flag.recursive = %v, want %v", got, want)
	}
}

// TestStringIndex: each distinct string value maps to every entry of
// input.strings that holds it.
func TestStringIndex(t *testing.T) {
	d := loadFiles(t, map[string]string{"api.yaml": indexSpec}, "api.yaml")
	strs := d.Input["strings"].([]any)
	idx := d.Input["string_index"].(map[string]any)
	if len(idx) == 0 {
		t.Fatal("empty string_index")
	}
	seen := 0
	for value, ix := range idx {
		for _, i := range ix.([]any) {
			seen++
			if got := strs[i.(int)].(map[string]any)["value"]; got != value {
				t.Errorf("string_index[%q] points at %q", value, got)
			}
		}
	}
	if seen != len(strs) {
		t.Errorf("string_index covers %d of %d strings", seen, len(strs))
	}
	if n := len(idx["shared text for the index"].([]any)); n != 2 {
		t.Errorf("a value written twice is indexed %d times", n)
	}
}

// TestDistinctParameters: input.parameters holds each parameter once per
// place it is written, however many operations it applies to; an operation's
// own parameter that overrides a path-level one is there too.
func TestDistinctParameters(t *testing.T) {
	d := loadFiles(t, map[string]string{"api.yaml": indexSpec}, "api.yaml")
	var got []string
	for _, p := range d.Input["parameters"].([]any) {
		got = append(got, p.(map[string]any)["pointer"].(string))
	}
	sort.Strings(got)
	want := []string{
		"/paths/~1users~1{id}/get/parameters/0",
		"/paths/~1users~1{id}/parameters/0",
		"/paths/~1users~1{id}/parameters/1",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parameters = %v, want %v", got, want)
	}
	for key, op := range ops(d) {
		if n := len(op["parameters"].([]any)); n != 2 {
			t.Errorf("%s has %d parameters, want 2", key, n)
		}
	}
}
