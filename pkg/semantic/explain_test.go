package semantic

import (
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	m := analyzeYAML(t, spec(`
  /v1/users/{userId}:
    get:
      parameters:
        - {name: userId, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  email: {type: string}
  /v2/users/{userId}:
    get:
      parameters:
        - {name: userId, in: path, required: true, schema: {type: string, format: uuid}}
      responses: {'200': {description: ok}}
`))
	type row struct {
		pointer, want, evidence string
	}
	for _, r := range []row{
		{"/paths/~1v1~1users~1{userId}/get/parameters/0", "identifier of users (uuid, not guessable, selects a principal)", "format uuid"},
		{"#/paths/~1v1~1users~1{userId}/get/parameters/0/schema", "identifier of users", "path position after collection"},
		{"/paths/~1v1~1users~1{userId}/get/responses/200/content/application~1json/schema/properties/email", "data class contact_pii, returned in responses", "an e-mail address"},
		{"/paths/~1v1~1users~1{userId}", "version v1 of /{version}/users/{}; /v2/users/{userId} (v2) is newer", "version segment"},
		{"/paths/~1v1~1users~1{userId}/get", "older version of /v2/users/{userId}", ""},
	} {
		_, cs := m.Explain("", r.pointer)
		found := false
		for _, c := range cs {
			if strings.Contains(c.Statement, r.want) && strings.Contains(strings.Join(c.Evidence, "; "), r.evidence) {
				found = true
			}
		}
		if !found {
			t.Errorf("Explain(%s) = %+v, want %q with evidence %q", r.pointer, cs, r.want, r.evidence)
		}
	}
	if p, cs := m.Explain("", "/info/title"); len(cs) != 0 {
		t.Errorf("Explain(/info/title) = %s %+v, want nothing", p, cs)
	}
}
