package semantic

import (
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/loader"
)

func TestAttachView(t *testing.T) {
	doc, err := loader.LoadReader("test.yaml", strings.NewReader(spec(`
  /users/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
        - {name: api_key, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/User'}
components:
  schemas:
    User:
      type: object
      properties:
        email: {type: string}
        nickname: {type: string}
`)), loader.Options{SkipValidation: true})
	if err != nil {
		t.Fatal(err)
	}
	Attach(doc)
	sem, ok := doc.Input["semantic"].(map[string]any)
	if !ok {
		t.Fatalf("input.semantic missing: %T", doc.Input["semantic"])
	}
	ops := sem["operations"].([]any)
	if len(ops) != len(doc.Input["operations"].([]any)) {
		t.Fatalf("semantic.operations not parallel to input.operations: %d", len(ops))
	}
	ids := ops[0].(map[string]any)["identifiers"].([]any)
	if len(ids) != 1 || ids[0].(map[string]any)["kind"] != "integer" || ids[0].(map[string]any)["pointer"] != "/paths/~1users~1{id}/get/parameters/0" {
		t.Errorf("identifiers = %v", ids)
	}
	data := sem["data"].([]any)
	idx := sem["data_index"].(map[string]any)
	for _, c := range Classes {
		if _, ok := idx[c].([]any); !ok {
			t.Errorf("data_index.%s missing", c)
		}
	}
	names := map[string]string{}
	for _, i := range idx[ContactPII].([]any) {
		d := data[i.(int)].(map[string]any)
		names[d["name"].(string)] = d["pointer"].(string)
		if d["in_response"] != true {
			t.Errorf("email not seen in a response: %v", d)
		}
	}
	if names["email"] != "/components/schemas/User/properties/email" || len(names) != 1 {
		t.Errorf("contact data = %v", names)
	}
	if len(idx[Credential].([]any)) != 1 {
		t.Errorf("credential = %v", idx[Credential])
	}
	// Attach is idempotent: a second call keeps the first view.
	sem["marker"] = true
	Attach(doc)
	if doc.Input["semantic"].(map[string]any)["marker"] != true {
		t.Errorf("Attach rebuilt the view")
	}
}
