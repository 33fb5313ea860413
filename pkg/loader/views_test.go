package loader

import (
	"os"
	"path/filepath"
	"testing"
)

// load writes files into a temporary directory and loads the first one.
func loadFiles(t *testing.T, files map[string]string, root string) *Document {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	doc, err := LoadFile(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func ops(d *Document) map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, o := range d.Input["operations"].([]any) {
		op := o.(map[string]any)
		out[op["method"].(string)+" "+op["path"].(string)] = op
	}
	return out
}

const securitySpec = `openapi: 3.0.3
info: {title: t, version: "1"}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
security: [{key: []}]
paths:
  /a:
    get: {responses: {"200": {description: ok}}}
    post: {security: [], responses: {"200": {description: ok}}}
    put: {security: [{key: []}, {}], responses: {"200": {description: ok}}}
    delete: {security: [{undefined: [s]}], responses: {"200": {description: ok}}}
`

func TestEffectiveSecurity(t *testing.T) {
	d := loadFiles(t, map[string]string{"api.yaml": securitySpec}, "api.yaml")
	cases := map[string]struct {
		source           string
		anonymous, empty bool
	}{
		"get /a":    {"root", false, false},
		"post /a":   {"operation", true, true},
		"put /a":    {"operation", true, false},
		"delete /a": {"operation", false, false},
	}
	o := ops(d)
	for name, want := range cases {
		sec := o[name]["security"].(map[string]any)
		if sec["source"] != want.source || sec["anonymous"] != want.anonymous || sec["explicit_empty"] != want.empty {
			t.Errorf("%s: security %v, want %+v", name, sec, want)
		}
	}
	req := o["delete /a"]["security"].(map[string]any)["requirements"].([]any)[0].(map[string]any)
	scheme := req["schemes"].([]any)[0].(map[string]any)
	if scheme["defined"] != false || scheme["pointer"] != "/paths/~1a/delete/security/0/undefined" {
		t.Errorf("undefined scheme entry %v", scheme)
	}
	if d.Operations != 4 || d.Unauthenticated != 2 {
		t.Errorf("auth coverage %d/%d", d.Unauthenticated, d.Operations)
	}
}

const swaggerSpec = `swagger: "2.0"
info: {title: t, version: "1"}
host: api.example.com
basePath: /v1
schemes: [http, https]
consumes: [application/json]
securityDefinitions:
  basic: {type: basic}
  oauth: {type: oauth2, flow: accessCode, authorizationUrl: "https://a/auth", tokenUrl: "https://a/token", scopes: {read: r}}
paths:
  /pets:
    post:
      parameters:
        - {name: pet, in: body, required: true, schema: {$ref: "#/definitions/Pet"}}
      responses:
        "200": {description: ok, schema: {$ref: "#/definitions/Pet"}, headers: {X-Rate: {type: integer}}}
definitions:
  Pet:
    type: object
    properties:
      name: {type: string}
`

func TestSwagger2MapsOntoTheSameShapes(t *testing.T) {
	d := loadFiles(t, map[string]string{"api.yaml": swaggerSpec}, "api.yaml")
	servers := d.Input["servers"].([]any)
	if len(servers) != 2 || servers[0].(map[string]any)["scheme"] != "http" || servers[1].(map[string]any)["pointer"] != "/schemes/1" {
		t.Errorf("servers %v", servers)
	}
	schemes := d.Input["security_schemes"].(map[string]any)
	if b := schemes["basic"].(map[string]any); b["type"] != "http" || b["scheme"] != "basic" {
		t.Errorf("basic %v", b)
	}
	flow := schemes["oauth"].(map[string]any)["flows"].([]any)[0].(map[string]any)
	if flow["flow"] != "authorizationCode" || flow["pointer"] != "/securityDefinitions/oauth" {
		t.Errorf("flow %v", flow)
	}
	op := ops(d)["post /pets"]
	body := op["request_body"].(map[string]any)
	media := body["content"].([]any)[0].(map[string]any)
	if media["media_type"] != "application/json" || media["schema"] != "api.yaml#/definitions/Pet" {
		t.Errorf("request body %v", body)
	}
	pet := d.Input["schemas"].(map[string]any)["api.yaml#/definitions/Pet"].(map[string]any)
	if pet["in_request"] != true || pet["in_response"] != true || pet["name"] != "Pet" {
		t.Errorf("Pet %v", pet)
	}
	header := op["responses"].([]any)[0].(map[string]any)["headers"].([]any)[0].(map[string]any)
	if header["schema"] != "api.yaml#/paths/~1pets/post/responses/200/headers/X-Rate" {
		t.Errorf("2.0 header is its own schema: %v", header)
	}
}

const multiRoot = `openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /users:
    get:
      $ref: "ops/list.yaml"
components:
  schemas:
    Base:
      type: object
      properties:
        id: {type: string, readOnly: true}
`

const multiOp = `responses:
  "200":
    description: ok
    content:
      application/json:
        schema:
          $ref: "../models/user.yaml"
`

const multiModel = `allOf:
  - $ref: "../api.yaml#/components/schemas/Base"
  - type: object
    properties:
      password: {type: string}
`

func TestMultiFileRefsAndFlattening(t *testing.T) {
	d := loadFiles(t, map[string]string{"api.yaml": multiRoot, "ops/list.yaml": multiOp, "models/user.yaml": multiModel}, "api.yaml")
	op := ops(d)["get /users"]
	if op["file"] != "ops/list.yaml" || op["pointer"] != "" {
		t.Errorf("operation located at %v#%v", op["file"], op["pointer"])
	}
	user := d.Input["schemas"].(map[string]any)["models/user.yaml#"].(map[string]any)
	names := map[string]string{}
	for _, p := range user["properties"].([]any) {
		pm := p.(map[string]any)
		names[pm["name"].(string)] = pm["file"].(string) + "#" + pm["pointer"].(string)
	}
	if names["id"] != "api.yaml#/components/schemas/Base/properties/id" || names["password"] != "models/user.yaml#/allOf/1/properties/password" {
		t.Errorf("effective properties %v", names)
	}
	if user["in_response"] != true || user["name"] != "user" {
		t.Errorf("user schema %v", user)
	}
	line, col, exact := d.File("models/user.yaml").Locate("/allOf/1/properties/password")
	if !exact || line != 5 || col != 7 {
		t.Errorf("password located at %d:%d (exact %v), want 5:7", line, col, exact)
	}
	for _, r := range d.Input["refs"].([]any) {
		if st := r.(map[string]any)["status"]; st != "ok" {
			t.Errorf("ref %v", r)
		}
	}
}

func TestRefOutsideRootIsNotRead(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.yaml")
	if err := os.WriteFile(secret, []byte("type: string\ndescription: TOP-SECRET\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	spec := "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    S: {$ref: \"" + secret + "\"}\n"
	d := loadFiles(t, map[string]string{"api.yaml": spec}, "api.yaml")
	ref := d.Input["refs"].([]any)[0].(map[string]any)
	if ref["status"] != "outside-root" {
		t.Errorf("ref %v", ref)
	}
	for p := range d.Files {
		if p != "api.yaml" {
			t.Errorf("read %s", p)
		}
	}
}
