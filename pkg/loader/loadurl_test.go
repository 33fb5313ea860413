package loader

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

const urlRoot = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /users:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "schemas.yaml#/User"}
`

func urlServer(t *testing.T, tls bool) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/api/openapi.yaml", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(urlRoot)) })
	mux.HandleFunc("/api/schemas.yaml", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("User: {type: object, properties: {id: {type: string}}}\n"))
	})
	mux.HandleFunc("/big.yaml", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("openapi: 3.0.3\nx: " + strings.Repeat("a", 4096) + "\n"))
	})
	var srv *httptest.Server
	if tls {
		srv = httptest.NewTLSServer(mux)
	} else {
		srv = httptest.NewServer(mux)
	}
	t.Cleanup(srv.Close)
	return srv
}

// TestLoadURL fetches a document over HTTPS (loopback); its relative $ref
// is remote and follows the remote-ref policy.
func TestLoadURL(t *testing.T) {
	srv := urlServer(t, true)
	host := strings.TrimPrefix(srv.URL, "https://")
	root := srv.URL + "/api/openapi.yaml"
	opts := Options{HTTPClient: srv.Client(), SkipValidation: true}
	doc, err := LoadURL(root, opts)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Path != root || doc.Version != "3.0.3" {
		t.Fatalf("doc %s %s", doc.Path, doc.Version)
	}
	if _, ok := doc.Files[srv.URL+"/api/schemas.yaml"]; ok {
		t.Error("relative $ref fetched without --allow-remote-ref")
	}
	opts.AllowRemoteHosts = []string{host}
	doc, err = LoadURL(root, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := doc.Files[srv.URL+"/api/schemas.yaml"]; !ok {
		t.Errorf("relative $ref not fetched with its host allowed; files: %v", keys(doc.Files))
	}
	if _, err := LoadURL(srv.URL+"/big.yaml", Options{HTTPClient: srv.Client(), MaxFileSize: 1024}); err == nil || !strings.Contains(err.Error(), "1024") {
		t.Errorf("size limit: %v", err)
	}
	if _, err := LoadURL(root, Options{SkipValidation: true}); err == nil {
		t.Error("a certificate outside the system's trust store was accepted")
	}
	u, _ := url.Parse(root)
	u.User = url.UserPassword("a", "b")
	if _, err := LoadURL(u.String(), opts); err == nil {
		t.Error("credentials in the URL accepted")
	}
}

// TestLoadURLPlainHTTP needs AllowHTTP.
func TestLoadURLPlainHTTP(t *testing.T) {
	srv := urlServer(t, false)
	root := srv.URL + "/api/openapi.yaml"
	if _, err := LoadURL(root, Options{SkipValidation: true}); err == nil || !strings.Contains(err.Error(), "--allow-http") {
		t.Fatalf("plain http: %v", err)
	}
	if _, err := LoadURL(root, Options{SkipValidation: true, AllowHTTP: true}); err != nil {
		t.Fatalf("plain http allowed: %v", err)
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
