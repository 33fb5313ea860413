// Package traffictest records real HTTP traffic for the traffic tests: a
// test server with planted weaknesses, driven by a net/http client through
// martian's proxy, whose HAR logger writes the capture.
package traffictest

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/google/martian/v3"
	"github.com/google/martian/v3/har"
	mlog "github.com/google/martian/v3/log"
)

// Values planted in the traffic that no report may contain.
const (
	BearerToken  = "PLANTED-bearer-eyJhbGciOiJIUzI1NiJ9"
	SessionValue = "PLANTED-session-cookie-9f8e7d6c"
	QueryKey     = "PLANTED-query-apikey-1234567890"
	Email        = "planted.person@example.com"
	SSN          = "PLANTED-ssn-078-05-1120"
	PasswordHash = "PLANTED-hash-$2b$12$abcdefghijkl"
	OrderSecret  = "PLANTED-order-body-secret"
)

// Planted lists every planted value as the capture holds it (the e-mail
// address is query-escaped).
func Planted() []string {
	return []string{BearerToken, SessionValue, QueryKey, url.QueryEscape(Email), SSN, PasswordHash, OrderSecret}
}

// Shop serves the API of testdata/shop.yaml with a weakness for every
// traffic check.
func Shop() http.Handler {
	mux := http.NewServeMux()
	js := func(w http.ResponseWriter, status int, body string) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, body)
	}
	mux.HandleFunc("GET /v2/users", func(w http.ResponseWriter, r *http.Request) {
		if o := r.Header.Get("Origin"); o != "" { // reflects any origin
			w.Header().Set("Access-Control-Allow-Origin", o)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		js(w, 200, `[{"id":1,"name":"Ann"}]`) // answers without credentials
	})
	mux.HandleFunc("GET /v2/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") == "2" {
			w.Header().Set("Server", "Apache/2.4.41 (Ubuntu)")
			w.Header().Set("Content-Type", "text/plain")
			w.WriteHeader(500)
			io.WriteString(w, "Traceback (most recent call last):\n  File \"/srv/app.py\", line 12, in get_user\nKeyError: 'x'\n")
			return
		}
		js(w, 200, fmt.Sprintf(`{"id":1,"name":"Ann","ssn":%q,"password_hash":%q,"team":"blue"}`, SSN, PasswordHash))
	})
	mux.HandleFunc("DELETE /v2/users/{id}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	mux.HandleFunc("GET /v1/users", func(w http.ResponseWriter, r *http.Request) { js(w, 200, `[]`) })
	mux.HandleFunc("GET /v2/admin/export/{id}", func(w http.ResponseWriter, r *http.Request) { js(w, 200, `{}`) })
	mux.HandleFunc("POST /v2/orders", func(w http.ResponseWriter, r *http.Request) { js(w, 201, `{}`) })
	mux.HandleFunc("GET /v2/health", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) })
	return mux
}

// request is one call the client makes.
type request struct {
	method, path, body string
	header             map[string]string
}

// calls exercise every planted weakness, with planted credentials on some.
func calls() []request {
	auth := map[string]string{"Authorization": "Bearer " + BearerToken, "Cookie": "session=" + SessionValue}
	return []request{
		{method: "GET", path: "/v2/users"}, // no credentials, 200
		{method: "GET", path: "/v2/users", header: map[string]string{"Origin": "https://evil.example"}},
		{method: "GET", path: "/v2/users/1", header: auth},
		{method: "GET", path: "/v2/users/2", header: auth},
		{method: "DELETE", path: "/v2/users/7", header: auth},
		{method: "GET", path: "/v1/users", header: auth},
		{method: "GET", path: "/v2/admin/export/17", header: auth},
		{method: "GET", path: "/v2/admin/export/18", header: auth},
		{method: "GET", path: "/v2/users?api_key=" + QueryKey + "&email=" + url.QueryEscape(Email), header: auth},
		{method: "POST", path: "/v2/orders", header: map[string]string{"Authorization": "Bearer " + BearerToken,
			"Content-Type": "application/json"}, body: fmt.Sprintf(`{"item": 5, "note": %q}`, OrderSecret)},
	}
}

// RecordHAR runs the Shop server behind martian's proxy on loopback,
// drives it with a net/http client through the proxy and returns the path
// of the HAR file the proxy's logger exported.
func RecordHAR(t testing.TB) string {
	t.Helper()
	mlog.SetLevel(mlog.Silent)
	srv := httptest.NewServer(Shop())
	defer srv.Close()

	logger := har.NewLogger()
	proxy := martian.NewProxy()
	defer proxy.Close()
	proxy.SetRequestModifier(logger)
	proxy.SetResponseModifier(logger)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go proxy.Serve(l)

	proxyURL := &url.URL{Scheme: "http", Host: l.Addr().String()}
	client := &http.Client{Transport: &http.Transport{Proxy: http.ProxyURL(proxyURL)}}
	for _, c := range calls() {
		req, err := http.NewRequest(c.method, srv.URL+c.path, strings.NewReader(c.body))
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range c.header {
			req.Header.Set(k, v)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("%s %s through martian: %v", c.method, c.path, err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	data, err := json.Marshal(logger.Export())
	if err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/martian.har"
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
