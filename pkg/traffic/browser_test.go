package traffic

import (
	"strconv"
	"strings"
	"testing"
)

// TestBrowserCaptureNoise: pages, scripts and images that no operation
// documents are not shadow endpoints; an origin "null" allowed with
// credentials is a CORS finding.
func TestBrowserCaptureNoise(t *testing.T) {
	entry := func(url, rtype, ctype string, status int, extra string) string {
		return `{"startedDateTime":"2026-12-05T10:00:00Z","_resourceType":"` + rtype + `","request":{"method":"GET","url":"` + url +
			`","headers":[{"name":"Origin","value":"null"}]},"response":{"status":` + itoa(status) + `,"headers":[{"name":"Content-Type","value":"` +
			ctype + `"}` + extra + `],"content":{}}}`
	}
	cors := `,{"name":"Access-Control-Allow-Origin","value":"null"},{"name":"Access-Control-Allow-Credentials","value":"true"}`
	har := `{"log":{"version":"1.2","creator":{"name":"WebInspector"},"pages":[{"id":"p"}],"entries":[` + strings.Join([]string{
		entry("https://api.shop.test/v2/", "document", "text/html", 200, ""),
		entry("https://api.shop.test/v2/static/app.js", "script", "application/javascript", 200, ""),
		entry("https://api.shop.test/v2/logo.png", "image", "image/png", 200, ""),
		entry("https://api.shop.test/v2/health", "fetch", "application/json", 200, cors),
	}, ",") + `]}}`
	p := writeFile(t, "browser.har", har)
	fs, outs := run(t, Options{Captures: []string{p}})
	if n := len(find(fs, CheckShadow, "")); n != 0 {
		t.Errorf("%d shadow findings for pages and assets:\n%s", n, dump(fs))
	}
	want(t, fs, CheckCORS, "GET /health allows the origin null")
	if notes := strings.Join(outs[len(outs)-1].Notes, "\n"); !strings.Contains(notes, "skipped 3 entries (not API traffic") {
		t.Errorf("notes: %s", notes)
	}
}

// TestSupersededVersion: a documented /v1 operation that the spec also
// documents as /v2 is a zombie when it gets traffic.
func TestSupersededVersion(t *testing.T) {
	spec := writeFile(t, "versions.yaml", `openapi: 3.0.3
info: {title: V, version: "1"}
paths:
  /v1/items:
    get:
      responses: {"200": {description: ok}}
  /v2/items:
    get:
      responses: {"200": {description: ok}}
`)
	capture := writeFile(t, "c.jsonl", `{"method":"GET","url":"/v1/items","status":200}`+"\n"+`{"method":"GET","url":"/v2/items","status":200}`)
	fs, _ := run(t, Options{Specs: []string{spec}, Captures: []string{capture}})
	if f := want(t, fs, CheckZombie, "GET /v1/items still gets traffic although /v2/items documents a newer version"); f.Pointer != "/paths/~1v1~1items/get" {
		t.Errorf("pointer %s", f.Pointer)
	}
	if n := len(find(fs, CheckZombie, "/v2/items still")); n != 0 {
		t.Errorf("the newest version reported as a zombie")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestSanitizedHAR does not judge authentication on a capture in which no
// request carries any credential: browsers strip them from HAR exports.
func TestSanitizedHAR(t *testing.T) {
	e := `{"request":{"method":"GET","url":"https://api.shop.test/v2/users","headers":[]},"response":{"status":200,"headers":[],"content":{}}}`
	p := writeFile(t, "sanitized.har", `{"log":{"entries":[`+e+`,`+e+`]}}`)
	fs, outs := run(t, Options{Captures: []string{p}})
	if n := len(find(fs, CheckUnauthenticated, "")); n != 0 {
		t.Errorf("unauthenticated success judged on a sanitized capture:\n%s", dump(fs))
	}
	if notes := strings.Join(outs[len(outs)-1].Notes, "\n"); !strings.Contains(notes, "unauthenticated-success not judged on 2 requests") {
		t.Errorf("notes: %s", notes)
	}
}
