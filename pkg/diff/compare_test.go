package diff

import (
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/report"
)

func TestOperationSecurityRemoved(t *testing.T) {
	old := doc(`security: [{oauth: [read]}]
paths:
  /users/{id}:
    get: {responses: {"200": {description: ok}}}
    put: {responses: {"200": {description: ok}}}`, oauthScheme)
	new := doc(`security: [{oauth: [read]}]
paths:
  /users/{userId}:
    get:
      security: []
      responses: {"200": {description: ok}}
    put: {responses: {"200": {description: ok}}}`, oauthScheme)
	g := only(t, compareDocs(t, old, new), SecurityRemoved, 1)[0]
	if g.Pointer != "/paths/~1users~1{userId}/get/security" || g.Line != 7 || g.Severity != report.High || g.Version != "new" {
		t.Errorf("regression = %+v", g)
	}
	for _, want := range []string{"GET /users/{userId}: ", "required oauth [read]", "security: []"} {
		if !strings.Contains(g.Message, want) {
			t.Errorf("message %q lacks %q", g.Message, want)
		}
	}
}

func TestSecurityRemovedAtRootIsReportedOnce(t *testing.T) {
	paths := `paths:
  /a: {get: {responses: {"200": {description: ok}}}}
  /b: {get: {responses: {"200": {description: ok}}}}`
	old := doc("security: [{oauth: []}]", paths, oauthScheme)
	new := doc("security: []", paths, oauthScheme)
	g := only(t, compareDocs(t, old, new), SecurityRemoved, 1)[0]
	if g.Pointer != "/security" || !strings.HasPrefix(g.Message, "GET /a, GET /b: ") {
		t.Errorf("regression = %+v", g)
	}
	// Anonymous in both versions: nothing to report.
	if r := compareDocs(t, new, new); len(r.Regressions) != 0 {
		t.Errorf("unchanged anonymous API: %s", describe(r.Regressions))
	}
}

func TestScopeDropped(t *testing.T) {
	op := func(sec string) string {
		return doc(`paths:
  /items:
    post:
      security: `+sec+`
      responses: {"200": {description: ok}}`, oauthScheme)
	}
	r := compareDocs(t, op("[{oauth: [write, admin]}]"), op("[{oauth: [write]}]"))
	g := only(t, r, ScopeDropped, 1)[0]
	if g.Pointer != "/paths/~1items/post/security/0/oauth" || g.Severity != report.Medium {
		t.Errorf("regression = %+v", g)
	}
	if !strings.Contains(g.Message, `scope "admin" of oauth no longer required`) {
		t.Errorf("message = %q", g.Message)
	}
	// More scopes, or a stronger alternative kept, is not a loosening.
	for _, c := range [][2]string{
		{"[{oauth: [write]}]", "[{oauth: [write, admin]}]"},
		{"[{oauth: [write]}, {oauth: [admin]}]", "[{oauth: [admin]}]"},
	} {
		if r := compareDocs(t, op(c[0]), op(c[1])); len(r.Regressions) != 0 {
			t.Errorf("%s -> %s: %s", c[0], c[1], describe(r.Regressions))
		}
	}
}

func TestRequirementLoosened(t *testing.T) {
	schemes := oauthScheme + `
    key: {type: apiKey, in: header, name: X-Key}`
	op := func(sec string) string {
		return doc(`paths:
  /items:
    get:
      security: `+sec+`
      responses: {"200": {description: ok}}`, schemes)
	}
	// A scheme removed from a requirement, and a new weaker alternative.
	for _, c := range [][2]string{
		{"[{oauth: [read], key: []}]", "[{oauth: [read]}]"},
		{"[{oauth: [read]}]", "[{oauth: [read]}, {key: []}]"},
	} {
		r := compareDocs(t, op(c[0]), op(c[1]))
		g := only(t, r, RequirementLoosened, 1)[0]
		if !strings.HasPrefix(g.Pointer, "/paths/~1items/get/security/") {
			t.Errorf("%s -> %s: pointer %s", c[0], c[1], g.Pointer)
		}
	}
}

func TestNewUnauthenticatedOperation(t *testing.T) {
	old := doc(`security: [{oauth: []}]
paths:
  /users/{id}: {get: {responses: {"200": {description: ok}}}}`, oauthScheme)
	new := doc(`security: [{oauth: []}]
paths:
  /users/{user_id}: {get: {responses: {"200": {description: ok}}}}
  /status:
    get:
      security: []
      responses: {"200": {description: ok}}
  /orders: {get: {responses: {"200": {description: ok}}}}`, oauthScheme)
	g := only(t, compareDocs(t, old, new), NewUnauthenticated, 1)[0]
	if g.Pointer != "/paths/~1status/get" || g.Severity != report.High || !strings.Contains(g.Message, "GET /status") {
		t.Errorf("regression = %+v", g)
	}
}

func TestServerCleartext(t *testing.T) {
	old := doc(`servers:
  - url: https://api.example.com/v1
  - url: http://legacy.example.com
paths: {}`)
	new := doc(`servers:
  - url: http://api.example.com/v1
  - url: http://legacy.example.com
  - url: http://new.example.com
  - url: http://localhost:8080
  - url: https://secure.example.com
paths: {}`)
	gs := only(t, compareDocs(t, old, new), ServerCleartext, 2)
	if gs[0].Pointer != "/servers/0" || !strings.Contains(gs[0].Message, "over https only") {
		t.Errorf("moved server: %+v", gs[0])
	}
	if gs[1].Pointer != "/servers/2" || !strings.HasPrefix(gs[1].Message, "new server") {
		t.Errorf("new server: %+v", gs[1])
	}
}

func TestServerCleartextSwagger2(t *testing.T) {
	v2 := func(schemes string) string {
		return "swagger: '2.0'\ninfo: {title: t, version: '1'}\nhost: api.example.com\nbasePath: /v1\nschemes: " + schemes + "\npaths: {}\n"
	}
	g := only(t, compareDocs(t, v2("[https]"), v2("[https, http]")), ServerCleartext, 1)[0]
	if g.Pointer != "/schemes/1" {
		t.Errorf("regression = %+v", g)
	}
}

func TestNewSensitiveResponseField(t *testing.T) {
	api := func(props, reqProps string) string {
		return doc(`paths:
  /me:
    post:
      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Signup"}}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/User"}}}}
components:
  schemas:
    User:
      type: object
      properties:
        id: {type: string}` + props + `
    Signup:
      type: object
      properties:
        email: {type: string}` + reqProps)
	}
	old := api(`
        password: {type: string, writeOnly: true}
        api_key: {type: string}`, "")
	new := api(`
        password: {type: string}
        api_key: {type: string}
        ssn: {type: string}
        nickname: {type: string}
        has_password: {type: boolean}`, `
        client_secret: {type: string}`)
	gs := only(t, compareDocs(t, old, new), NewSensitiveField, 2)
	byPointer := map[string]Regression{}
	for _, g := range gs {
		byPointer[g.Pointer] = g
	}
	pw, ok := byPointer["/components/schemas/User/properties/password"]
	if !ok || !strings.Contains(pw.Message, "no longer writeOnly") {
		t.Errorf("password: %+v", gs)
	}
	ssn, ok := byPointer["/components/schemas/User/properties/ssn"]
	if !ok || !strings.Contains(ssn.Message, "gains property \"ssn\" (government id)") {
		t.Errorf("ssn: %+v", gs)
	}
}

func TestSecuritySchemeWeakened(t *testing.T) {
	api := func(schemes string) string {
		return doc(`security: [{main: []}, {key: []}]
paths: {}
components:
  securitySchemes:`, schemes)
	}
	old := api(`    main:
      type: oauth2
      flows: {authorizationCode: {authorizationUrl: https://a.example.com/a, tokenUrl: https://a.example.com/t, scopes: {}}}
    key: {type: apiKey, in: header, name: X-Key}
    unused: {type: oauth2, flows: {clientCredentials: {tokenUrl: https://a.example.com/t, scopes: {}}}}`)
	new := api(`    main:
      type: oauth2
      flows:
        authorizationCode: {authorizationUrl: https://a.example.com/a, tokenUrl: https://a.example.com/t, scopes: {}}
        password: {tokenUrl: https://a.example.com/t, scopes: {}}
    key: {type: apiKey, in: query, name: key}
    unused: {type: http, scheme: basic}`)
	gs := only(t, compareDocs(t, old, new), SchemeWeakened, 2)
	got := gs[0].Message + " | " + gs[1].Message
	for _, want := range []string{`"main" gained the password flow`, `"key" changed from apiKey in header to apiKey in query`} {
		if !strings.Contains(got, want) {
			t.Errorf("messages %q lack %q", got, want)
		}
	}
	switched := api(`    main: {type: http, scheme: basic}
    key: {type: apiKey, in: header, name: X-Key}`)
	g := only(t, compareDocs(t, old, switched), SchemeWeakened, 1)[0]
	if g.Pointer != "/components/securitySchemes/main" || !strings.Contains(g.Message, "from oauth2 to http basic") {
		t.Errorf("oauth2 -> basic: %+v", g)
	}
}

func TestNoClassifierSkipsChecks(t *testing.T) {
	old := doc(`paths: {}`)
	r := Compare(docSide(t, old), docSide(t, old), nil)
	if len(r.Skipped) != 2 {
		t.Errorf("skipped = %v", r.Skipped)
	}
}

func TestOpKey(t *testing.T) {
	if opKey("GET", "/users/{id}/posts/{postId}") != opKey("get", "/users/{userId}/posts/{p}") {
		t.Error("parameter names should not matter")
	}
	if opKey("get", "/users/{id}") == opKey("get", "/users/me") || opKey("get", "/a") == opKey("post", "/a") {
		t.Error("different operations share a key")
	}
}
