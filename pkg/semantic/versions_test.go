package semantic

import "testing"

func TestVersionFamilies(t *testing.T) {
	m := analyzeYAML(t, spec(`
  /v1/users/{id}:
    get: {responses: {'200': {description: ok}}}
  /v2/users/{userId}:
    get: {responses: {'200': {description: ok}}}
  /v10/users/{uid}:
    get: {deprecated: false, responses: {'200': {description: ok}}}
  /v1/orders:
    get: {deprecated: true, responses: {'200': {description: ok}}}
  /v1.1/orders:
    get: {responses: {'200': {description: ok}}}
  /v1/health:
    get: {responses: {'200': {description: ok}}}
  /2020-01-01/items:
    get: {responses: {'200': {description: ok}}}
  /2021-06-30/items:
    get: {responses: {'200': {description: ok}}}
`))
	want := map[string][]string{ // resource -> versions oldest first
		"/{version}/users/{}": {"v1", "v2", "v10"},
		"/{version}/orders":   {"v1", "v1.1"},
		"/{version}/items":    {"2020-01-01", "2021-06-30"},
	}
	if len(m.Versions) != len(want) {
		t.Fatalf("families = %+v, want %d", m.Versions, len(want))
	}
	for _, f := range m.Versions {
		vs, ok := want[f.Resource]
		if !ok || len(vs) != len(f.Members) {
			t.Errorf("unexpected family %+v", f)
			continue
		}
		for i, mb := range f.Members {
			if mb.Version != vs[i] || mb.Newest != (i == len(vs)-1) {
				t.Errorf("%s member %d = %+v, want version %s newest %v", f.Resource, i, mb, vs[i], i == len(vs)-1)
			}
		}
	}
	if o := m.op(t, "get", "/v1/users/{id}"); o.SupersededBy != "/v10/users/{uid}" {
		t.Errorf("superseded_by = %q", o.SupersededBy)
	}
	if o := m.op(t, "get", "/v1/health"); o.SupersededBy != "" {
		t.Errorf("a lone version is superseded by %q", o.SupersededBy)
	}
	if o := m.op(t, "get", "/v1/orders"); o.SupersededBy == "" {
		t.Errorf("/v1/orders not superseded")
	}
}
