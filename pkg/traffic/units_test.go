package traffic

import (
	"bufio"
	"net/url"
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	cases := map[string]DataClass{
		"password": ClassSecret, "password_hash": ClassSecret, "clientSecret": ClassSecret, "api_key": ClassSecret,
		"X-API-Key": ClassSecret, "access_token": ClassSecret, "refreshToken": ClassSecret, "sessionId": ClassSecret,
		"email": ClassPersonal, "ssn": ClassPersonal, "dateOfBirth": ClassPersonal, "billing_address": ClassPersonal,
		"cardNumber": ClassPersonal, "home_phone": ClassPersonal,
		"page_token": ClassNone, "csrf_token": ClassNone, "has_password": ClassNone, "name": ClassNone,
		"team": ClassNone, "limit": ClassNone, "id": ClassNone, "password_policy": ClassNone, "": ClassNone,
	}
	for name, want := range cases {
		if got := Classify(name); got != want {
			t.Errorf("Classify(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestTemplateOf(t *testing.T) {
	cases := map[string]string{
		"/users/1":           "/users/{id}",
		"/users/2/orders/77": "/users/{id}/orders/{id}",
		"/files/3f2a9c0d1e":  "/files/{id}",
		"/o/550e8400-e29b-41d4-a716-446655440000": "/o/{id}",
		"/people/ann@example.com":                 "/people/{id}",
		"/reports/2026-12-05":                     "/reports/{id}",
		"/admin/export":                           "/admin/export",
		"/v2/users":                               "/v2/users",
		"/deadbeef":                               "/deadbeef",
	}
	for in, want := range cases {
		if got := templateOf(in); got != want {
			t.Errorf("templateOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRedactURL(t *testing.T) {
	cases := map[string]string{
		"https://u:pw@api.test/v2/users?limit=10#frag":  "https://api.test/v2/users?limit=10",
		"/x?api_key=abc&b=2":                            "/x?api_key=REDACTED&b=2",
		"/x?q=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig": "/x?q=REDACTED",
		"/x?who=ann%40example.com":                      "/x?who=REDACTED",
		"/x?v=" + strings.Repeat("a", 40):               "/x?v=REDACTED",
		"/reset/ab12cd34ef56gh78ij90kl":                 "/reset/REDACTED/",
		"/users/550e8400-e29b-41d4-a716-446655440000":   "/users/550e8400-e29b-41d4-a716-446655440000",
		"/x?%zz": "/x?REDACTED",
	}
	for in, want := range cases {
		u, err := url.Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		want = strings.TrimSuffix(want, "/")
		if got := RedactURL(u); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLogFormatVariables(t *testing.T) {
	f, err := compileLogFormat(`$time_iso8601 $request_method ${request_uri} $status "$http_x_api_key" $https $http_host`)
	if err != nil {
		t.Fatal(err)
	}
	r := &logReader{name: "x.log", formats: []*logFormat{f}}
	rec, reason := r.parse([]byte(`2026-12-05T10:00:00Z GET /v2/users?limit=1 200 "k-123" on API.Shop.test:8443`))
	if reason != "" {
		t.Fatal(reason)
	}
	if rec.Method != "GET" || rec.URL.String() != "https://api.shop.test:8443/v2/users?limit=1" || rec.Status != 200 ||
		rec.Time.Hour() != 10 || rec.ReqHeader.Get("X-Api-Key") != "k-123" || !rec.reqHeaderKnown("x-api-key") || rec.reqHeaderKnown("Cookie") {
		t.Errorf("record %+v url %s", rec, rec.URL)
	}
	for line, want := range map[string]string{
		`2026-12-05T10:00:00Z get /a 200 "-" - h`:          "invalid request method",
		`2026-12-05T10:00:00Z GET /a 2000 "-" - h`:         "invalid status",
		`yesterday GET /a 200 "-" - h`:                     "invalid time",
		`2026-12-05T10:00:00Z GET /a 200 x - h`:            "line matches no log format",
		`2026-12-05T10:00:00Z GET http://[::1 200 "-" - h`: "invalid URL",
	} {
		if _, reason := r.parse([]byte(line)); reason != want {
			t.Errorf("%q: reason %q, want %q", line, reason, want)
		}
	}
}

func TestDetect(t *testing.T) {
	cases := []struct {
		path, head string
		want       Format
	}{
		{"a.har", `{"log":{}}`, FormatHAR},
		{"a.json", "{\n  \"log\": {", FormatHAR},
		{"a.json", "\ufeff {\"log\":1}", FormatHAR},
		{"a.txt", `{"method":"GET","url":"/"}` + "\n", FormatJSONL},
		{"a.log", `1.2.3.4 - - [x] "GET / HTTP/1.1" 200 1`, FormatLog},
		{"a.har", `garbage`, FormatHAR},
		{"a.ndjson", ``, FormatJSONL},
	}
	for _, c := range cases {
		if got := detect(bufio.NewReader(strings.NewReader(c.head)), c.path); got != c.want {
			t.Errorf("detect(%s, %q) = %s, want %s", c.path, c.head, got, c.want)
		}
	}
}

func TestChecksTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Checks() {
		if seen[c.ID] || !strings.HasPrefix(c.ID, "traffic-") || c.Title == "" || c.Description == "" ||
			c.Remediation == "" || len(c.OWASP) == 0 || len(c.CWE) == 0 || c.Severity.Rank() == 0 {
			t.Errorf("check %+v: incomplete or duplicate", c)
		}
		seen[c.ID] = true
	}
	for _, id := range []string{CheckShadow, CheckZombie, CheckOrphans, CheckUnauthenticated, CheckUndeclared,
		CheckSecretInQuery, CheckStatus, CheckErrorLeak, CheckPlainHTTP, CheckCORS, CheckInvalidRequest, CheckResponseSchema} {
		if !seen[id] {
			t.Errorf("no metadata for %s", id)
		}
	}
}
