package lsp

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// pipeConn is one end of an in-memory connection.
type pipeConn struct {
	io.Reader
	io.WriteCloser
}

// client drives a server over in-memory pipes, as an editor would.
type client struct {
	t      testing.TB
	srv    *Server
	rpc    *jsonrpc2.Conn
	raw    io.Writer // the server's input, for bytes that are not messages
	exit   chan int
	mu     sync.Mutex
	diags  map[string]protocol.PublishDiagnosticsParams
	counts map[string]int
	calls  []string // requests the server sent the client
	logs   []string
	change chan struct{}
	ver    map[string]int32
}

func newClient(t testing.TB, opts Options) *client {
	t.Helper()
	if opts.Debounce == 0 {
		opts.Debounce = -1
	}
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	sr, cw := io.Pipe()
	cr, sw := io.Pipe()
	c := &client{t: t, srv: s, raw: cw, exit: make(chan int, 1), diags: map[string]protocol.PublishDiagnosticsParams{},
		counts: map[string]int{}, change: make(chan struct{}, 1), ver: map[string]int32{}}
	go func() {
		code := s.Serve(context.Background(), pipeConn{sr, sw})
		sw.Close()
		c.exit <- code
	}()
	c.rpc = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(pipeConn{cr, cw}, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(c.handle), jsonrpc2.SetLogger(log.New(io.Discard, "", 0)))
	t.Cleanup(func() { c.rpc.Close(); cw.Close() })
	return c
}

func (c *client) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch req.Method {
	case "textDocument/publishDiagnostics":
		p, err := decodePublish(*req.Params)
		if err != nil {
			c.t.Errorf("publishDiagnostics: %v", err)
		}
		c.diags[p.URI] = p
		c.counts[p.URI]++
		select {
		case c.change <- struct{}{}:
		default:
		}
	case "window/showMessage", "window/logMessage":
		var p protocol.ShowMessageParams
		_ = json.Unmarshal(*req.Params, &p)
		c.logs = append(c.logs, p.Message)
	default:
		c.calls = append(c.calls, req.Method+" "+string(*req.Params))
	}
	return nil, nil
}

// call sends a request and decodes its result.
func (c *client) call(method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	return c.rpc.Call(ctx, method, params, result)
}

func (c *client) notify(method string, params any) {
	if err := c.rpc.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// initialize runs the handshake with a workspace root and options.
func (c *client) initialize(root string, initOptions any, encodings ...string) map[string]any {
	c.t.Helper()
	params := map[string]any{"processId": nil, "rootUri": pathToURI(root), "capabilities": map[string]any{
		"general": map[string]any{"positionEncodings": encodings}}}
	if initOptions != nil {
		params["initializationOptions"] = initOptions
	}
	var res map[string]any
	if err := c.call("initialize", params, &res); err != nil {
		c.t.Fatalf("initialize: %v", err)
	}
	c.notify("initialized", map[string]any{})
	return res
}

func (c *client) open(path, text string) string {
	uri := pathToURI(path)
	c.mu.Lock()
	c.ver[uri] = 1
	c.mu.Unlock()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
	return uri
}

// replace sends the whole new text of a document.
func (c *client) replace(uri, text string) {
	c.mu.Lock()
	c.ver[uri]++
	v := c.ver[uri]
	c.mu.Unlock()
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": v},
		"contentChanges": []any{map[string]any{"text": text}}})
}

// waitFor waits until the diagnostics of uri satisfy ok.
func (c *client) waitFor(uri string, what string, ok func([]protocol.Diagnostic) bool) []protocol.Diagnostic {
	c.t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		c.mu.Lock()
		p, seen := c.diags[uri]
		c.mu.Unlock()
		if seen && ok(p.Diagnostics) {
			return p.Diagnostics
		}
		select {
		case <-c.change:
		case <-time.After(50 * time.Millisecond):
		case <-deadline:
			c.t.Fatalf("timed out waiting for %s on %s; last: %s", what, uri, dump(p.Diagnostics))
		}
	}
}

// settle waits until the server has no check pending, then makes a round
// trip so that every notification sent before has been handled.
func (c *client) settle() {
	c.t.Helper()
	for i := 0; ; i++ {
		c.srv.mu.Lock()
		n := len(c.srv.jobs)
		c.srv.mu.Unlock()
		if n == 0 {
			break
		}
		if i > 1200 {
			c.t.Fatal("checks did not finish")
		}
		time.Sleep(50 * time.Millisecond)
	}
	var res any
	_ = c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": "file:///settle"},
		"position": map[string]any{"line": 0, "character": 0}}, &res)
}

func (c *client) published(uri string) (protocol.PublishDiagnosticsParams, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.diags[uri]
	return p, ok
}

func withRule(id string) func([]protocol.Diagnostic) bool {
	return func(ds []protocol.Diagnostic) bool { return findRule(ds, id) != nil }
}

func findRule(ds []protocol.Diagnostic, id string) *protocol.Diagnostic {
	for i, d := range ds {
		if d.Code != nil && d.Code.Value == id {
			return &ds[i]
		}
	}
	return nil
}

func empty(ds []protocol.Diagnostic) bool { return len(ds) == 0 }

func dump(ds []protocol.Diagnostic) string {
	b, _ := json.Marshal(ds)
	if len(b) > 2000 {
		b = append(b[:2000], "…"...)
	}
	return string(b)
}

// workspace writes files into a new directory and returns it (symlinks
// resolved, as the server resolves them).
func workspace(t *testing.T, files map[string]string) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func showcase(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "specs-examples", "showcase", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// lineOf is the 0-based line of the first line of text containing s.
func lineOf(text, s string) int {
	i := strings.Index(text, s)
	if i < 0 {
		return -1
	}
	return strings.Count(text[:i], "\n")
}

func workspaceFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// decodePublish decodes publishDiagnostics; glsp 0.2.2's IntegerOrString
// cannot be decoded (its UnmarshalJSON has a value receiver), so the codes
// are read apart.
func decodePublish(raw []byte) (protocol.PublishDiagnosticsParams, error) {
	var p protocol.PublishDiagnosticsParams
	if err := json.Unmarshal(raw, &p); err != nil {
		return p, err
	}
	var codes struct {
		Diagnostics []struct {
			Code any `json:"code"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal(raw, &codes); err != nil {
		return p, err
	}
	for i, d := range codes.Diagnostics {
		if d.Code != nil {
			p.Diagnostics[i].Code = &protocol.IntegerOrString{Value: d.Code}
		}
	}
	return p, nil
}
