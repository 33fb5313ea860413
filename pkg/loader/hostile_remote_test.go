package loader

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// hostileServer is a TLS server on 127.0.0.1 serving files by path and
// recording every request. No test here reaches the network.
type hostileServer struct {
	*httptest.Server
	mu    sync.Mutex
	hits  []string
	files map[string]string
}

func newHostileServer(t *testing.T, tls bool, files map[string]string, extra func(w http.ResponseWriter, r *http.Request) bool) *hostileServer {
	t.Helper()
	s := &hostileServer{files: files}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, r.URL.Path)
		s.mu.Unlock()
		if extra != nil && extra(w, r) {
			return
		}
		body, ok := s.files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write([]byte(body))
	})
	if tls {
		s.Server = httptest.NewTLSServer(h)
	} else {
		s.Server = httptest.NewServer(h)
	}
	t.Cleanup(s.Close)
	return s
}

func (s *hostileServer) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.hits...)
}

func (s *hostileServer) host(t *testing.T) string {
	u, err := url.Parse(s.URL)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}

// hostileRemoteDoc writes a document whose schemas S0… reference refs.
func hostileRemoteDoc(t *testing.T, extra map[string]string, refs ...string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(hostileMinimal + "components:\n  schemas:\n")
	for i, r := range refs {
		b.WriteString("    S" + string(rune('0'+i)) + ": {$ref: '" + r + "'}\n")
	}
	files := map[string]string{"api.yaml": b.String()}
	for k, v := range extra {
		files[k] = v
	}
	return hostileDir(t, files)
}

func TestHostileRemoteRefNotFetched(t *testing.T) {
	srv := newHostileServer(t, true, map[string]string{"/s.yaml": "x: {type: string}\n"}, nil)
	refs := []string{srv.URL + "/s.yaml#/x", "http://" + srv.host(t) + "/s.yaml#/x", "//" + srv.host(t) + "/s.yaml#/x", "file:///etc/passwd#/x"}
	dir := hostileRemoteDoc(t, nil, refs...)
	// An injected client that can reach the server: only the allow-list
	// keeps the scanner from fetching.
	doc, err := hostileLoad(t, dir, "api.yaml", Options{HTTPClient: srv.Client()})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range refs {
		if st := hostileStatus(t, doc, r); st != statusRemote {
			t.Errorf("%s: status %v, want remote", r, st)
		}
	}
	if hits := srv.requests(); len(hits) != 0 {
		t.Errorf("remote refs were fetched without --allow-remote-ref: %v", hits)
	}
}

func TestHostileRemoteRefAllowed(t *testing.T) {
	srv := newHostileServer(t, true, map[string]string{
		"/api/s.yaml":      "x: {$ref: 'more/t.yaml#/y'}\nlocal: {$ref: '/etc/passwd#/z'}\nup: {$ref: '../../secret.yaml#/z'}\n",
		"/api/more/t.yaml": "y: {type: string, description: fetched}\n",
	}, nil)
	dir := hostileRemoteDoc(t, map[string]string{"etc/passwd": "z: " + hostileSecret + "\n"},
		srv.URL+"/api/s.yaml#/x", srv.URL+"/api/s.yaml#/local", srv.URL+"/api/s.yaml#/up")
	doc, err := hostileLoad(t, dir, "api.yaml", Options{HTTPClient: srv.Client(), AllowRemoteHosts: []string{"127.0.0.1"}})
	if err != nil {
		t.Fatal(err)
	}
	if st := hostileStatus(t, doc, srv.URL+"/api/s.yaml#/x"); st != statusOK {
		t.Errorf("allowed HTTPS ref: status %v", st)
	}
	if st := hostileStatus(t, doc, "more/t.yaml#/y"); st != statusOK {
		t.Errorf("relative ref inside a remote file: status %v, want ok (fetched from the same host)", st)
	}
	// Paths inside a fetched file resolve against its URL: they can never
	// name a local file.
	for _, ref := range []string{"/etc/passwd#/z", "../../secret.yaml#/z"} {
		if st := hostileStatus(t, doc, ref); st != statusUnreadable {
			t.Errorf("%s in a remote file: status %v, want unreadable (a 404 from the server)", ref, st)
		}
	}
	hits := strings.Join(srv.requests(), " ")
	for _, want := range []string{"/api/s.yaml", "/api/more/t.yaml", "/etc/passwd", "/secret.yaml"} {
		if !strings.Contains(hits, want) {
			t.Errorf("server saw %q, want a request for %s", hits, want)
		}
	}
	if strings.Count(hits, "/api/s.yaml") != 1 {
		t.Errorf("a remote file was fetched more than once: %s", hits)
	}
	hostileNoSecret(t, doc)
	if doc.File(srv.URL+"/api/more/t.yaml") == nil {
		t.Errorf("fetched file not in the document's files: %v", doc.Files)
	}
}

func TestHostileRemoteRefHTTPRefused(t *testing.T) {
	srv := newHostileServer(t, false, map[string]string{"/s.yaml": "x: {type: string}\n"}, nil)
	dir := hostileRemoteDoc(t, nil, srv.URL+"/s.yaml#/x")
	doc, err := hostileLoad(t, dir, "api.yaml", Options{HTTPClient: srv.Client(), AllowRemoteHosts: []string{"127.0.0.1"}})
	if err != nil {
		t.Fatal(err)
	}
	byRef, _ := hostileRefs(t, doc)
	r := byRef[srv.URL+"/s.yaml#/x"]
	if r["status"] != statusRemote || !strings.Contains(r["error"].(string), "only https") {
		t.Errorf("plain http ref: %v", r)
	}
	if hits := srv.requests(); len(hits) != 0 {
		t.Errorf("plain http was fetched: %v", hits)
	}
}

func TestHostileRemoteRefSizeLimit(t *testing.T) {
	big := "x: '" + strings.Repeat("a", 8192) + "'\n"
	srv := newHostileServer(t, true, map[string]string{"/big.yaml": big}, func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path != "/chunked.yaml" {
			return false
		}
		for i := 0; i < 100; i++ { // no Content-Length: the body is cut at the limit
			_, _ = w.Write([]byte(big))
			w.(http.Flusher).Flush()
		}
		return true
	})
	dir := hostileRemoteDoc(t, nil, srv.URL+"/big.yaml#/x", srv.URL+"/chunked.yaml#/x")
	doc, err := hostileLoad(t, dir, "api.yaml", Options{HTTPClient: srv.Client(), AllowRemoteHosts: []string{srv.host(t)}, MaxFileSize: 4096})
	if err != nil {
		t.Fatal(err)
	}
	byRef, _ := hostileRefs(t, doc)
	for _, ref := range []string{srv.URL + "/big.yaml#/x", srv.URL + "/chunked.yaml#/x"} {
		r := byRef[ref]
		if r["status"] != statusUnreadable || !strings.Contains(r["error"].(string), "too large") {
			t.Errorf("%s over the size limit: %v", ref, r)
		}
	}
}

func TestHostileRemoteRefTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := newHostileServer(t, true, nil, func(w http.ResponseWriter, r *http.Request) bool {
		select {
		case <-release:
		case <-r.Context().Done():
		}
		return true
	})
	t.Cleanup(func() { close(release) }) // runs before srv.Close
	dir := hostileRemoteDoc(t, nil, srv.URL+"/slow.yaml#/x")
	start := time.Now()
	doc, err := hostileLoad(t, dir, "api.yaml", Options{HTTPClient: srv.Client(), AllowRemoteHosts: []string{"127.0.0.1"}, RemoteTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a stalled server held the load for %s", d)
	}
	byRef, _ := hostileRefs(t, doc)
	r := byRef[srv.URL+"/slow.yaml#/x"]
	if r["status"] != statusUnreadable || !strings.Contains(r["error"].(string), "timed out") {
		t.Errorf("stalled fetch: %v", r)
	}
}

func TestHostileRemoteRefRedirect(t *testing.T) {
	other := newHostileServer(t, true, map[string]string{"/s.yaml": "x: {type: string}\n"}, nil)
	srv := newHostileServer(t, true, map[string]string{"/s.yaml": "x: {type: string}\n"}, func(w http.ResponseWriter, r *http.Request) bool {
		switch r.URL.Path {
		case "/away.yaml":
			http.Redirect(w, r, other.URL+"/s.yaml", http.StatusFound)
		case "/same.yaml":
			http.Redirect(w, r, "/s.yaml", http.StatusFound)
		case "/loop.yaml":
			http.Redirect(w, r, "/loop.yaml", http.StatusFound)
		default:
			return false
		}
		return true
	})
	dir := hostileRemoteDoc(t, nil, srv.URL+"/away.yaml#/x", srv.URL+"/same.yaml#/x", srv.URL+"/loop.yaml#/x")
	// The client trusts both servers (same test certificate), so only the
	// redirect policy stops the hop to the other host.
	doc, err := hostileLoad(t, dir, "api.yaml", Options{HTTPClient: srv.Client(), AllowRemoteHosts: []string{"127.0.0.1"}})
	if err != nil {
		t.Fatal(err)
	}
	if st := hostileStatus(t, doc, srv.URL+"/away.yaml#/x"); st != statusUnreadable {
		t.Errorf("redirect to another host: status %v, want unreadable", st)
	}
	if hits := other.requests(); len(hits) != 0 {
		t.Errorf("redirect to another host was followed: %v", hits)
	}
	if st := hostileStatus(t, doc, srv.URL+"/same.yaml#/x"); st != statusOK {
		t.Errorf("redirect on the same host: status %v, want ok", st)
	}
	if st := hostileStatus(t, doc, srv.URL+"/loop.yaml#/x"); st != statusUnreadable {
		t.Errorf("redirect loop: status %v, want unreadable", st)
	}
}

func TestHostileRemoteRefNoLocalRead(t *testing.T) {
	// A file: URL in a fetched document is not read either.
	srv := newHostileServer(t, true, map[string]string{"/s.yaml": "x: {$ref: 'file:///etc/hostname#/x'}\n"}, nil)
	dir := hostileRemoteDoc(t, nil, srv.URL+"/s.yaml#/x")
	doc, err := hostileLoad(t, dir, "api.yaml", Options{HTTPClient: srv.Client(), AllowRemoteHosts: []string{"127.0.0.1"}})
	if err != nil {
		t.Fatal(err)
	}
	if st := hostileStatus(t, doc, "file:///etc/hostname#/x"); st != statusRemote {
		t.Errorf("file: URL inside a remote file: status %v, want remote (not read)", st)
	}
	for p := range doc.Files {
		if strings.Contains(p, "hostname") {
			t.Errorf("local file read through a remote document: %s", p)
		}
	}
}
