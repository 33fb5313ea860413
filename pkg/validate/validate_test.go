package validate

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// want is one expected problem: exact pointer, message containing text.
type want struct {
	pointer string
	text    string
}

type validateCase struct {
	name    string
	version string
	doc     string // YAML
	want    []want // exactly these problems, in pointer order
}

const (
	info30 = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
	info31 = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
	info32 = "openapi: 3.2.0\ninfo: {title: t, version: '1'}\n"
	info20 = "swagger: '2.0'\ninfo: {title: t, version: '1'}\n"
)

var validDocs = []validateCase{
	{name: "2.0 petstore", version: "2.0", doc: info20 + `
paths:
  /pets/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, type: string}
        - {name: body, in: body, schema: {$ref: '#/definitions/Pet'}}
      responses:
        200: {description: ok, schema: {$ref: '#/definitions/Pet'}}
        default: {$ref: '#/responses/Err'}
responses:
  Err: {description: error}
definitions:
  Pet: {type: object, properties: {id: {type: integer, minimum: 1}}}
securityDefinitions:
  key: {type: apiKey, name: X-Key, in: header}
`},
	{name: "3.0 petstore", version: "3.0", doc: info30 + `
paths:
  /pets:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer, maximum: 100}}
        - $ref: '#/components/parameters/Id'
      responses:
        '200':
          description: ok
          content:
            application/json: {schema: {$ref: '#/components/schemas/Pet'}}
        4XX: {$ref: '#/components/responses/Err'}
components:
  parameters:
    Id: {name: id, in: header, schema: {type: string}}
  responses:
    Err: {description: error}
  schemas:
    Pet: {type: object, nullable: true, required: [id], properties: {id: {type: integer}}}
  securitySchemes:
    oauth: {type: oauth2, flows: {implicit: {authorizationUrl: 'https://x/auth', scopes: {}}}}
x-extra: 1
`},
	{name: "3.1 with dialect", version: "3.1", doc: info31 + `
jsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base
webhooks:
  ping:
    post:
      requestBody: {content: {application/json: {schema: {type: [string, 'null'], $schema: 'https://spec.openapis.org/oas/3.1/dialect/base'}}}}
      responses: {'200': {description: ok}}
components:
  schemas:
    Pet: {type: object, properties: {id: {type: integer, exclusiveMinimum: 0}}, unevaluatedProperties: false}
    Old: {$schema: 'http://json-schema.org/draft-04/schema#', type: number, exclusiveMinimum: true, minimum: 0}
`},
	{name: "3.2 querystring", version: "3.2", doc: info32 + `
paths:
  /a:
    get:
      parameters:
        - {name: q, in: querystring, content: {application/x-www-form-urlencoded: {schema: {type: object}}}}
      responses: {'200': {description: ok}}
`},
	{name: "full version string", version: "3.0.3", doc: info30 + "paths: {}\n"},
	{name: "ECMA regex pattern", version: "3.0", doc: info30 + `
paths: {}
components:
  schemas:
    S: {type: string, pattern: '^(?!foo)[\u0041-\u005A]{0,4096}$'}
`},
}

var invalidDocs = []validateCase{
	{name: "2.0 missing info", version: "2.0", doc: "swagger: '2.0'\npaths: {}\n",
		want: []want{{"", `missing required property "info"`}}},
	{name: "3.0 missing info", version: "3.0", doc: "openapi: 3.0.0\npaths: {}\n",
		want: []want{{"", `missing required property "info"`}}},
	{name: "3.1 missing info", version: "3.1", doc: "openapi: 3.1.0\npaths: {}\n",
		want: []want{{"", `missing required property "info"`}}},
	{name: "3.2 missing info", version: "3.2", doc: "openapi: 3.2.0\npaths: {}\n",
		want: []want{{"", `missing required property "info"`}}},
	{name: "2.0 wrong type", version: "2.0", doc: info20 + "paths: []\n",
		want: []want{{"/paths", "expected object, got array"}}},
	{name: "3.0 wrong type", version: "3.0", doc: "openapi: 3.0.0\ninfo: {title: 5, version: '1'}\npaths: {}\n",
		want: []want{{"/info/title", `"title" has the wrong type: expected string, got number`}}},
	{name: "3.1 wrong type", version: "3.1", doc: info31 + "paths: {/a: {summary: [x]}}\n",
		want: []want{{"/paths/~1a/summary", "expected string, got array"}}},
	{name: "2.0 unknown key", version: "2.0", doc: info20 + "paths: {'/a~b/{id}': {get: {foo: 1, responses: {200: {description: x}}}}}\n",
		want: []want{{"/paths/~1a~0b~1{id}/get/foo", `unknown property "foo"`}}},
	{name: "3.0 unknown key", version: "3.0", doc: info30 + "paths: {/pets: {get: {foo: 1, responses: {'200': {description: x}}}}}\n",
		want: []want{{"/paths/~1pets/get/foo", `unknown property "foo"`}}},
	{name: "3.1 unknown key (unevaluatedProperties)", version: "3.1", doc: info31 + "paths: {/pets: {get: {foo: 1, responses: {'200': {description: x}}}}}\n",
		want: []want{{"/paths/~1pets/get/foo", `unknown property "foo"`}}},
	{name: "2.0 bad in", version: "2.0", doc: info20 + "paths: {/a: {get: {parameters: [{name: a, in: paht, type: string}], responses: {200: {description: x}}}}}\n",
		want: []want{{"/paths/~1a/get/parameters/0/in", `"in" must be one of "body", "header", "formData", "query", "path", got "paht"`}}},
	{name: "3.0 bad in", version: "3.0", doc: info30 + "paths: {/a: {get: {parameters: [{name: a, in: paht, schema: {}}], responses: {'200': {description: x}}}}}\n",
		want: []want{{"/paths/~1a/get/parameters/0/in", `"in" must be one of "path", "query", "header", "cookie", got "paht"`}}},
	{name: "3.1 bad in", version: "3.1", doc: info31 + "paths: {/a: {get: {parameters: [{name: a, in: paht, schema: {}}], responses: {'200': {description: x}}}}}\n",
		want: []want{{"/paths/~1a/get/parameters/0/in", `got "paht"`}}},
	{name: "3.2 bad in", version: "3.2", doc: info32 + "paths: {/a: {get: {parameters: [{name: a, in: paht, schema: {}}], responses: {'200': {description: x}}}}}\n",
		want: []want{{"/paths/~1a/get/parameters/0/in", `"querystring"`}}},
	{name: "2.0 bad response code", version: "2.0", doc: info20 + "paths: {/a: {get: {responses: {2000: {description: x}}}}}\n",
		want: []want{{"/paths/~1a/get/responses/2000", `"2000" is not a valid response code (expected a three-digit code or "default")`}}},
	{name: "3.0 bad response code", version: "3.0", doc: info30 + "paths: {/a: {get: {responses: {'20x': {description: x}}}}}\n",
		want: []want{{"/paths/~1a/get/responses/20x", `"20x" is not a valid response code (expected 100-599, 1XX-5XX or "default")`}}},
	{name: "3.1 bad response code", version: "3.1", doc: info31 + "paths: {/a: {get: {responses: {'600': {description: x}, '200': {description: y}}}}}\n",
		want: []want{{"/paths/~1a/get/responses/600", `"600" is not a valid response code`}}},
	{name: "2.0 empty responses", version: "2.0", doc: info20 + "paths: {/a: {get: {responses: {}}}}\n",
		want: []want{{"/paths/~1a/get/responses", "responses must have at least one response code"}}},
	{name: "3.0 empty responses", version: "3.0", doc: info30 + "paths: {/a: {get: {responses: {}}}}\n",
		want: []want{{"/paths/~1a/get/responses", "responses must have at least one response code"}}},
	{name: "3.2 empty responses", version: "3.2", doc: info32 + "paths: {/a: {get: {responses: {}}}}\n",
		want: []want{{"/paths/~1a/get/responses", "responses must have at least one response code"}}},
	{name: "3.0 $ref branch chosen", version: "3.0", doc: info30 + "paths: {/a: {get: {responses: {'200': {$ref: 5}}}}}\n",
		want: []want{{"/paths/~1a/get/responses/200/$ref", "expected string, got number"}}},
	{name: "3.0 schema branch chosen", version: "3.0", doc: info30 + "paths: {/a: {get: {responses: {'200': {description: 3}}}}}\n",
		want: []want{{"/paths/~1a/get/responses/200/description", "expected string, got number"}}},
	{name: "3.0 schema type enum", version: "3.0", doc: info30 + "paths: {}\ncomponents: {schemas: {A: {type: strin}}}\n",
		want: []want{{"/components/schemas/A/type", `"type" must be one of "array", "boolean", "integer", "number", "object", "string", got "strin"`}}},
	{name: "3.1 schema checked against dialect", version: "3.1", doc: info31 + "components: {schemas: {A: {properties: {a: {minimum: '1'}}}}}\n",
		want: []want{{"/components/schemas/A/properties/a/minimum", "expected number, got string"}}},
	{name: "3.0 security scheme discriminator", version: "3.0", doc: info30 + "paths: {}\ncomponents: {securitySchemes: {o: {type: oauth2}, z: {type: zzz}}}\n",
		want: []want{
			{"/components/securitySchemes/o", `missing required property "flows"`},
			{"/components/securitySchemes/z/type", `"type" must be one of "apiKey", "http", "oauth2", "openIdConnect", got "zzz"`},
		}},
	{name: "3.0 schema xor content", version: "3.0", doc: info30 + "paths: {/a: {parameters: [{name: a, in: query}, {name: b, in: query, schema: {}, content: {a/b: {}}}]}}\n",
		want: []want{
			{"/paths/~1a/parameters/0", `missing required property "schema" or "content"`},
			{"/paths/~1a/parameters/1", "mutually exclusive"},
		}},
	{name: "3.0 parameter style picks the alternative matching in", version: "3.0",
		doc: info30 + "paths: {/a: {parameters: [{name: a, in: query, style: simple, schema: {}}, {name: c, in: header, style: form, schema: {}}]}}\n",
		want: []want{
			{"/paths/~1a/parameters/0/style", `"style" must be one of "form", "spaceDelimited", "pipeDelimited", "deepObject", got "simple"`},
			{"/paths/~1a/parameters/1/style", `"style" must be "simple", got "form"`},
		}},
	{name: "2.0 oauth2 flow requirements", version: "2.0", doc: info20 + "paths: {}\nsecurityDefinitions: {o: {type: oauth2, flow: implicit}}\n",
		want: []want{{"/securityDefinitions/o", `missing required property "authorizationUrl"`}}},
	{name: "3.1 discriminator in a schema", version: "3.1", doc: info31 + "components: {schemas: {A: {discriminator: {}}}}\n",
		want: []want{{"/components/schemas/A/discriminator", `missing required property "propertyName"`}}},
	{name: "2.0 path must start with slash", version: "2.0", doc: info20 + "paths: {pets: {}}\n",
		want: []want{{"/paths/pets", `path "pets" must start with "/"`}}},
	{name: "3.0 version pattern", version: "3.0", doc: "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
		want: []want{{"/openapi", "must match pattern"}}},
	{name: "3.0 email format", version: "3.0", doc: "openapi: 3.0.0\ninfo: {title: t, version: '1', contact: {email: nope}}\npaths: {}\n",
		want: []want{{"/info/contact/email", `"email" is not a valid email: "nope"`}}},
	{name: "3.1 no paths, components or webhooks", version: "3.1", doc: info31,
		want: []want{{"", `missing required property "paths" or "components" or "webhooks"`}}},
	{name: "array item subject", version: "3.0", doc: info30 + "paths: {}\ntags: [5]\n",
		want: []want{{"/tags/0", "item 0 has the wrong type: expected object, got number"}}},
}

func TestValidateValidDocs(t *testing.T) {
	v := newValidator(t)
	for _, tc := range validDocs {
		t.Run(tc.name, func(t *testing.T) {
			doc := mustYAML(t, tc.doc)
			if got := v.Validate(tc.version, doc); len(got) != 0 {
				t.Errorf("want no problems, got %v", got)
			}
		})
	}
}

func TestValidateInvalidDocs(t *testing.T) {
	v := newValidator(t)
	for _, tc := range invalidDocs {
		t.Run(tc.name, func(t *testing.T) {
			doc := mustYAML(t, tc.doc)
			got := v.Validate(tc.version, doc)
			checkProblems(t, tc.name, doc, got)
			if len(got) != len(tc.want) {
				t.Fatalf("want %d problems, got %d: %v", len(tc.want), len(got), got)
			}
			for i, w := range tc.want {
				if got[i].Pointer != w.pointer || !strings.Contains(got[i].Message, w.text) {
					t.Errorf("problem %d: got %q %q, want %q containing %q", i, got[i].Pointer, got[i].Message, w.pointer, w.text)
				}
			}
		})
	}
}

func TestValidateUnsupportedVersion(t *testing.T) {
	v := newValidator(t)
	got := v.Validate("4.0", map[string]any{})
	if len(got) != 1 || !strings.Contains(got[0].Message, `unsupported OpenAPI version "4.0"`) {
		t.Fatalf("got %v", got)
	}
}

func TestValidateCapsProblems(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(info30 + "paths:\n  /a:\n    get:\n      responses: {'200': {description: x}}\n")
	const unknown = 300
	for i := range unknown {
		fmt.Fprintf(&sb, "      bad%03d: 1\n", i)
	}
	doc := mustYAML(t, sb.String())
	got := newValidator(t).Validate("3.0", doc)
	if len(got) != MaxProblems {
		t.Fatalf("got %d problems, want %d", len(got), MaxProblems)
	}
	last := got[len(got)-1]
	wantMore := fmt.Sprintf("and %d more problems", unknown-(MaxProblems-1))
	if last.Message != wantMore || last.Pointer != "" {
		t.Errorf("last problem %+v, want %q at the root", last, wantMore)
	}
	if got[0].Pointer != "/paths/~1a/get/bad000" {
		t.Errorf("first problem %+v", got[0])
	}
}

// TestValidateConcurrentAndReadOnly runs several validations of one
// document at once (run with -race) and checks the document is unchanged.
func TestValidateConcurrentAndReadOnly(t *testing.T) {
	v := newValidator(t)
	src := info30 + "paths: {/a: {get: {foo: 1, parameters: [{name: a, in: paht, schema: {type: strin}}], responses: {}}}}\n"
	doc := mustYAML(t, src)
	before := mustYAML(t, src)
	want := v.Validate("3.0", doc)
	if len(want) == 0 {
		t.Fatal("expected problems")
	}
	fresh := newValidator(t) // not compiled yet: lazy compile under contention
	var wg sync.WaitGroup
	results := make([][]Problem, 8)
	for i := range results {
		wg.Go(func() {
			if i%2 == 0 {
				results[i] = v.Validate("3.0", doc)
			} else {
				results[i] = fresh.Validate("3.0", doc)
			}
		})
	}
	wg.Wait()
	for i, r := range results {
		if !reflect.DeepEqual(r, want) {
			t.Errorf("goroutine %d: got %v, want %v", i, r, want)
		}
	}
	if !reflect.DeepEqual(doc, before) {
		t.Error("document was modified by validation")
	}
}

func TestYAMLToGenericNumbersAndKeys(t *testing.T) {
	doc := mustYAML(t, "a: 1\nb: 1.5e3\nc: 0x1F\n200: x\nd: ~\ne: true\nbase: &b {k: 1}\nm: {<<: *b, j: 2}\n")
	m := doc.(map[string]any)
	checks := map[string]any{
		"a": json.Number("1"), "b": json.Number("1.5e3"), "c": json.Number("31"),
		"200": "x", "d": nil, "e": true,
	}
	for k, w := range checks {
		if got, ok := m[k]; !ok || !reflect.DeepEqual(got, w) {
			t.Errorf("%s: got %#v, want %#v", k, got, w)
		}
	}
	merged := map[string]any{"k": json.Number("1"), "j": json.Number("2")}
	if !reflect.DeepEqual(m["m"], merged) {
		t.Errorf("merge key: got %#v", m["m"])
	}
}

func TestPointerEscaping(t *testing.T) {
	if got := pointer([]string{"paths", "/a~b/{id}", "get"}); got != "/paths/~1a~0b~1{id}/get" {
		t.Errorf("got %q", got)
	}
	if got := pointer(nil); got != "" {
		t.Errorf("root: got %q", got)
	}
}

func TestEmbeddedOnlyLoaderRefusesURLs(t *testing.T) {
	if _, err := (embeddedOnly{}).Load("https://example.com/schema.json"); err == nil {
		t.Fatal("loader fetched a URL")
	}
}

func TestEveryVersionCompiles(t *testing.T) {
	for name, spec := range versionSpecs {
		c, err := compileVersion(spec)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if c.entry == nil || (spec.plain != "" && c.plain == nil) {
			t.Errorf("%s: schemas missing", name)
		}
	}
}

func mustYAML(t *testing.T, src string) any {
	t.Helper()
	doc, err := yamlToGeneric([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
