package semantic

import "testing"

func TestIdentifiers(t *testing.T) {
	m := analyzeYAML(t, spec(`
  /users/{userId}:
    get:
      parameters:
        - {name: userId, in: path, required: true, schema: {type: string, format: uuid}}
      responses: {'200': {description: ok}}
  /orders/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses: {'200': {description: ok}}
  /profiles/{username}:
    get:
      parameters:
        - {name: username, in: path, required: true, schema: {type: string}}
      responses: {'200': {description: ok}}
  /books/{title}:
    get:
      parameters:
        - {name: title, in: path, required: true, schema: {type: string}}
      responses: {'200': {description: ok}}
  /vehicles/{vin}:
    get:
      parameters:
        - {name: vin, in: path, required: true, schema: {type: string}, example: "42"}
      responses: {'200': {description: ok}}
  /reports/{lang}:
    get:
      parameters:
        - {name: lang, in: path, required: true, schema: {type: string}}
      responses: {'200': {description: ok}}
  /exports/{format}:
    get:
      parameters:
        - {name: format, in: path, required: true, schema: {type: string}}
      responses: {'200': {description: ok}}
  /items/{kind}:
    get:
      parameters:
        - {name: kind, in: path, required: true, schema: {type: string, enum: [a, b]}}
      responses: {'200': {description: ok}}
  /me/orders:
    get:
      parameters:
        - {name: X-Request-Id, in: header, schema: {type: string}}
        - {name: account_id, in: query, schema: {type: string}}
      responses: {'200': {description: ok}}
  /transfers:
    post:
      parameters:
        - {name: X-Account-Id, in: header, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                owner_id: {type: integer}
                idempotency_id: {type: string}
                amount: {type: integer}
      responses: {'200': {description: ok}}
`))
	type row struct {
		method, path, name, in, kind string
		guessable, principal         bool
	}
	for _, r := range []row{
		{"get", "/users/{userId}", "userId", "path", "uuid", false, true},
		{"get", "/orders/{id}", "id", "path", "integer", true, false},
		{"get", "/profiles/{username}", "username", "path", "username", true, true},
		{"get", "/books/{title}", "title", "path", "title", true, false},
		{"get", "/vehicles/{vin}", "vin", "path", "integer", true, false},
		{"get", "/me/orders", "account_id", "query", "string", false, true},
		{"post", "/transfers", "X-Account-Id", "header", "string", false, true},
		{"post", "/transfers", "owner_id", "body", "integer", true, true},
	} {
		o := m.op(t, r.method, r.path)
		var found *Identifier
		for i := range o.Identifiers {
			if o.Identifiers[i].Name == r.name {
				found = &o.Identifiers[i]
			}
		}
		if found == nil {
			t.Errorf("%s %s: %s is not an identifier (got %+v)", r.method, r.path, r.name, o.Identifiers)
			continue
		}
		if found.In != r.in || found.Kind != r.kind || found.Guessable != r.guessable || found.Principal != r.principal {
			t.Errorf("%s %s %s = %+v, want in %s kind %s guessable %v principal %v", r.method, r.path, r.name, *found, r.in, r.kind, r.guessable, r.principal)
		}
		if len(found.Evidence) == 0 || found.Pointer == "" {
			t.Errorf("%s %s %s: no evidence or pointer: %+v", r.method, r.path, r.name, *found)
		}
	}
	// negative rows: variants, tracing headers, idempotency keys
	for _, r := range [][3]string{
		{"get", "/reports/{lang}", "lang"}, {"get", "/exports/{format}", "format"}, {"get", "/items/{kind}", "kind"},
		{"get", "/me/orders", "X-Request-Id"}, {"post", "/transfers", "idempotency_id"}, {"post", "/transfers", "amount"},
	} {
		for _, id := range m.op(t, r[0], r[1]).Identifiers {
			if id.Name == r[2] {
				t.Errorf("%s %s: %s taken for an identifier: %+v", r[0], r[1], r[2], id)
			}
		}
	}
	if o := m.op(t, "get", "/me/orders"); !o.CallerIsOwner || o.SelfEvidence == "" {
		t.Errorf("/me/orders: caller is owner not seen: %+v", o)
	}
	if o := m.op(t, "get", "/orders/{id}"); o.CallerIsOwner {
		t.Errorf("/orders/{id} taken for the caller's own")
	}
}
