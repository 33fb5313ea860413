package traffic

import (
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/report"
)

// customFormat logs the scheme, host, Authorization, Origin and the CORS
// and Server response headers besides the usual fields.
const customFormat = `$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent $scheme $host ` +
	`"$http_authorization" "$http_origin" "$sent_http_access_control_allow_origin" ` +
	`"$sent_http_access_control_allow_credentials" "$sent_http_server"`

// TestAccessLogPlantedWeaknesses finds the weaknesses planted in the
// combined and common log fixtures.
func TestAccessLogPlantedWeaknesses(t *testing.T) {
	for _, name := range []string{"combined.log", "common.log"} {
		t.Run(name, func(t *testing.T) {
			fs, outs := run(t, Options{Captures: []string{"testdata/" + name}})
			shadow := want(t, fs, CheckShadow, "GET /internal/accounts/{id} is not documented but answered 200")
			if shadow.Evidence.Count != 2 || shadow.Evidence.Line != 4 || shadow.Evidence.FirstSeen != "2026-12-05T10:00:03Z" ||
				shadow.Evidence.LastSeen != "2026-12-05T10:00:04Z" {
				t.Errorf("shadow evidence %+v", *shadow.Evidence)
			}
			want(t, fs, CheckShadow, "GET /admin/export")
			want(t, fs, CheckZombie, "DELETE /users/{id} is deprecated")
			want(t, fs, CheckZombie, "GET /v1/users is an undocumented older version")
			want(t, fs, CheckSecretInQuery, `"api_key"`)
			want(t, fs, CheckSecretInQuery, `"email"`)
			want(t, fs, CheckStatus, "answered 418")
			want(t, fs, CheckOrphans, "GET /health, POST /orders")
			if n := len(find(fs, CheckShadow, "nothing")); n != 0 {
				t.Errorf("a 404 reported as a shadow endpoint")
			}
			errs := errorsOf(outs)
			for _, w := range []string{"skipped 1 entry (line matches no log format)", "skipped 1 entry (invalid URL)",
				"skipped 1 entry (request line is not METHOD TARGET PROTOCOL)"} {
				if !strings.Contains(errs, w) {
					t.Errorf("file errors lack %q:\n%s", w, errs)
				}
			}
		})
	}
}

// TestCustomLogFormat reads a log written with a custom nginx log_format
// that records headers, so the header-based checks run too.
func TestCustomLogFormat(t *testing.T) {
	fs, outs := run(t, Options{Captures: []string{"testdata/custom.log"}, Read: ReadOptions{LogFormat: customFormat}})
	if e := errorsOf(outs); e != "" {
		t.Errorf("file errors:\n%s", e)
	}
	if f := want(t, fs, CheckUnauthenticated, "GET /users requires bearer"); f.Evidence.Line != 1 || f.Evidence.Count != 1 {
		t.Errorf("unauthenticated evidence %+v: want line 1 only (line 6 sends access_token)", *f.Evidence)
	}
	want(t, fs, CheckCORS, "GET /users")
	want(t, fs, CheckErrorLeak, "Server: Apache/2.4.41 (Ubuntu)")
	want(t, fs, CheckPlainHTTP, "api.shop.test")
	want(t, fs, CheckShadow, "GET /debug/vars")
	want(t, fs, CheckSecretInQuery, `"access_token"`)
	notes := strings.Join(outs[len(outs)-1].Notes, "\n")
	if !strings.Contains(notes, "skipped 1 request to hosts no spec serves (cdn.other.test") {
		t.Errorf("notes: %s", notes)
	}
}

// TestJSONLines reads JSON lines with headers and bodies in each accepted
// shape, and counts the bad lines.
func TestJSONLines(t *testing.T) {
	fs, outs := run(t, Options{Captures: []string{"testdata/shop.jsonl"}})
	if f := want(t, fs, CheckUndeclared, "property api_key"); f.Severity != report.Critical {
		t.Errorf("api_key rated %s", f.Severity)
	}
	want(t, fs, CheckUndeclared, "property [].email") // in the items of an array
	want(t, fs, CheckUnauthenticated, "GET /users requires bearer")
	want(t, fs, CheckShadow, "POST /reports/run")
	want(t, fs, CheckZombie, "DELETE /users/{id} is deprecated")
	want(t, fs, CheckPlainHTTP, "api.shop.test")
	want(t, fs, CheckSecretInQuery, `"password"`)
	want(t, fs, CheckErrorLeak, "X-Powered-By: PHP/7.4.3")
	errs := errorsOf(outs)
	for _, w := range []string{"skipped 1 entry (line is not a JSON object with the expected fields)",
		"skipped 1 entry (record without method or url)",
		"skipped 1 entry (request bodies that are not what their Content-Type says, not validated)"} {
		if !strings.Contains(errs, w) {
			t.Errorf("file errors lack %q:\n%s", w, errs)
		}
	}
}

// TestSwagger2AndSeveralSpecs matches each request to the spec that serves
// its host and base path; the Swagger 2.0 spec goes through kin-openapi's
// conversion.
func TestSwagger2AndSeveralSpecs(t *testing.T) {
	capture := writeFile(t, "mixed.jsonl", strings.Join([]string{
		`{"method":"GET","url":"https://billing.shop.test/billing/invoices","status":200,"request_headers":{}}`,
		`{"method":"GET","url":"https://billing.shop.test/billing/refunds","status":200,"request_headers":{}}`,
		`{"method":"GET","url":"https://api.shop.test/v2/users/1","status":200,"request_headers":{"Authorization":"Bearer x"}}`,
	}, "\n"))
	fs, _ := run(t, Options{Specs: []string{shopSpec, "testdata/swagger.yaml"}, Captures: []string{capture}})
	un := want(t, fs, CheckUnauthenticated, "GET /invoices requires key")
	sh := want(t, fs, CheckShadow, "GET /refunds")
	if un.File != "testdata/swagger.yaml" || sh.File != "testdata/swagger.yaml" {
		t.Errorf("billing findings in %s and %s, want testdata/swagger.yaml", un.File, sh.File)
	}
	if f := want(t, fs, CheckOrphans, "GET /invoices/{id}"); f.File != "testdata/swagger.yaml" {
		t.Errorf("orphans in %s", f.File)
	}
	if len(find(fs, CheckShadow, "/users")) != 0 {
		t.Errorf("shop request matched to the billing spec:\n%s", dump(fs))
	}
}

// TestGzipAndStdin reads a gzip-compressed capture from standard input.
func TestGzipAndStdin(t *testing.T) {
	data, err := os.ReadFile("testdata/combined.log")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(data)
	zw.Close()
	fs, outs := run(t, Options{Captures: []string{"-"}, Stdin: &gz})
	want(t, fs, CheckShadow, "GET /internal/accounts/{id}")
	if f := want(t, fs, CheckZombie, "deprecated"); f.Evidence.Capture != "stdin" || f.Evidence.Line != 6 {
		t.Errorf("evidence %+v", *f.Evidence)
	}
	if outs[len(outs)-1].File.Path != "stdin" {
		t.Errorf("capture named %q", outs[len(outs)-1].File.Path)
	}
}

// TestGzipFile reads a gzip-compressed HAR file by its magic bytes.
func TestGzipFile(t *testing.T) {
	har := `{"log":{"version":"1.2","entries":[{"startedDateTime":"2026-12-05T10:00:00Z","request":{"method":"GET",` +
		`"url":"https://api.shop.test/v2/secret/thing","headers":[]},"response":{"status":200,"headers":[],"content":{}}}]}}`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(har))
	zw.Close()
	p := writeFile(t, "capture.bin", gz.String())
	fs, _ := run(t, Options{Captures: []string{p}})
	if f := want(t, fs, CheckShadow, "GET /secret/thing"); f.Evidence.Entry != 1 {
		t.Errorf("evidence %+v", *f.Evidence)
	}
}
