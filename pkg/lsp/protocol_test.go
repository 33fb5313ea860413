package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

func rpcCode(err error) int64 {
	var e *jsonrpc2.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}

func TestLifecycleErrorsAndExitCodes(t *testing.T) {
	c := newClient(t, Options{})
	var res any
	if err := c.call("textDocument/hover", map[string]any{}, &res); rpcCode(err) != codeServerNotInitialized {
		t.Errorf("request before initialize: %v", err)
	}
	dir := workspace(t, nil)
	c.initialize(dir, nil)
	if err := c.call("oasguard/noSuchMethod", map[string]any{}, &res); rpcCode(err) != jsonrpc2.CodeMethodNotFound {
		t.Errorf("unknown method: %v", err)
	}
	if err := c.call("textDocument/hover", []int{1}, &res); rpcCode(err) != jsonrpc2.CodeInvalidParams {
		t.Errorf("invalid params: %v", err)
	}
	c.notify("oasguard/unknownNotification", map[string]any{})
	if err := c.call("shutdown", nil, &res); err != nil {
		t.Fatal(err)
	}
	if err := c.call("textDocument/hover", map[string]any{}, &res); rpcCode(err) != jsonrpc2.CodeInvalidRequest {
		t.Errorf("request after shutdown: %v", err)
	}
	c.notify("exit", nil)
	if code := <-c.exit; code != 0 {
		t.Errorf("exit after shutdown: status %d, want 0", code)
	}

	c2 := newClient(t, Options{})
	c2.initialize(dir, nil)
	c2.notify("exit", nil)
	if code := <-c2.exit; code != 1 {
		t.Errorf("exit without shutdown: status %d, want 1", code)
	}
}

// Frames that are not messages (bad JSON, a JSON value that is no request,
// a header without Content-Length, a body over the size limit) are answered
// with parse errors (see TestParseErrorResponse) and the server goes on
// serving; an over-size document gets one diagnostic.
func TestGarbageAndOversizeInput(t *testing.T) {
	insecure := showcase(t, "insecure-api.yaml")
	c := newClient(t, Options{MaxFileSize: 4096})
	dir := workspace(t, nil)
	c.initialize(dir, nil)
	for _, garbage := range []string{
		"Content-Length: 9\r\n\r\n{garbage}",
		"Content-Length: 4\r\n\r\n[1,]",
		"Content-Length: 2\r\n\r\n{}",
		"no header at all\r\n\r\n",
		fmt.Sprintf("Content-Length: %d\r\n\r\n%s", 6*DefaultMaxFileSize+1<<20+1, ""),
	} {
		if strings.Contains(garbage, "Content-Length: 1") { // the oversize frame: send its body too
			n := 6*DefaultMaxFileSize + 1<<20 + 1
			if _, err := c.raw.Write([]byte(garbage)); err != nil {
				t.Fatal(err)
			}
			chunk := []byte(strings.Repeat("x", 1<<20))
			for n > 0 {
				k := min(n, len(chunk))
				if _, err := c.raw.Write(chunk[:k]); err != nil {
					t.Fatal(err)
				}
				n -= k
			}
			continue
		}
		if _, err := c.raw.Write([]byte(garbage)); err != nil {
			t.Fatal(err)
		}
	}
	// The server still serves: an over-size document gets one diagnostic,
	// a normal one its findings.
	big := c.open(filepath.Join(dir, "big.yaml"), insecure)
	ds := c.waitFor(big, "the size diagnostic", func(ds []protocol.Diagnostic) bool { return len(ds) == 1 })
	if !strings.Contains(ds[0].Message, "over the limit") {
		t.Errorf("size diagnostic: %q", ds[0].Message)
	}
	small := c.open(filepath.Join(dir, "small.yaml"), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n")
	c.waitFor(small, "findings", withRule("no-security-schemes"))
}

// The server answers a frame it cannot read with JSON-RPC's parse error.
func TestParseErrorResponse(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := strings.NewReader("Content-Length: 9\r\n\r\n{garbage}")
	var out strings.Builder
	code := s.Serve(context.Background(), pipeConn{in, nopCloser{&out}})
	if code != 1 {
		t.Errorf("end of input without shutdown: status %d", code)
	}
	body := out.String()
	i := strings.Index(body, "{")
	var resp struct {
		ID    any `json:"id"`
		Error struct {
			Code int `json:"code"`
		} `json:"error"`
	}
	if i < 0 || json.Unmarshal([]byte(body[i:]), &resp) != nil || resp.ID != nil || resp.Error.Code != jsonrpc2.CodeParseError {
		t.Errorf("response %q", body)
	}
}

type nopCloser struct{ *strings.Builder }

func (nopCloser) Close() error { return nil }

func TestWorkspaceConfigAndSettings(t *testing.T) {
	insecure := showcase(t, "insecure-api.yaml")
	dir := workspace(t, map[string]string{".oasguard.yaml": "ruleset: all\nrules:\n  disable: [api-key-in-query]\n"})
	c := newClient(t, Options{})
	c.initialize(dir, map[string]any{"severity": map[string]string{"contact-info-missing": "critical"}, "maxDiagnostics": 10})
	uri := c.open(filepath.Join(dir, "api.yaml"), insecure)
	ds := c.waitFor(uri, "findings", withRule("contact-info-missing"))
	if findRule(ds, "api-key-in-query") != nil {
		t.Error("a rule disabled in .oasguard.yaml runs")
	}
	if d := findRule(ds, "contact-info-missing"); *d.Severity != protocol.DiagnosticSeverityError {
		t.Errorf("severity from initializationOptions not applied: %d", *d.Severity)
	}
	if len(ds) != 10 || !strings.Contains(ds[9].Message, "more findings are not shown") {
		t.Errorf("cap: %d diagnostics, last %q", len(ds), ds[len(ds)-1].Message)
	}
	// A change of the configuration re-checks open documents.
	cfg := filepath.Join(dir, ".oasguard.yaml")
	if err := os.WriteFile(cfg, []byte("rules:\n  disable: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": pathToURI(cfg), "type": 2}}})
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"oasguard": map[string]any{"maxDiagnostics": 500}}})
	c.waitFor(uri, "the re-enabled rule", withRule("api-key-in-query"))
	if err := os.WriteFile(cfg, []byte("rules:\n  disable: [api-key-in-query]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": pathToURI(cfg)}})
	c.waitFor(uri, "the rule disabled again", func(ds []protocol.Diagnostic) bool { return findRule(ds, "api-key-in-query") == nil })
}

// Edits that arrive while a check runs cancel it; the diagnostics shown are
// those of the last text.
func TestEditsCancelRunningChecks(t *testing.T) {
	var b strings.Builder
	b.WriteString("openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'http://api.example.com'}]\npaths:\n")
	for i := range 1500 {
		fmt.Fprintf(&b, "  /r%d/{id}:\n    get:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok}}\n", i)
	}
	big := b.String()
	dir := workspace(t, nil)
	c := newClient(t, Options{})
	c.initialize(dir, nil)
	uri := c.open(filepath.Join(dir, "api.yaml"), big)
	for i := range 4 {
		time.Sleep(150 * time.Millisecond)
		c.replace(uri, big+fmt.Sprintf("x-edit: %d\n", i))
	}
	final := showcase(t, "secure-api.yaml")
	time.Sleep(150 * time.Millisecond)
	c.replace(uri, final)
	c.waitFor(uri, "the last text's diagnostics", empty)
	c.settle()
	p, _ := c.published(uri)
	if p.Version == nil || *p.Version != 6 || len(p.Diagnostics) != 0 {
		t.Errorf("last publish: version %v, %d diagnostics", p.Version, len(p.Diagnostics))
	}
	if c.srv.cancelled.Load() == 0 {
		t.Error("no running check was cancelled by the edits")
	}
	// Shutdown while edits are pending stops them and does not hang.
	c.replace(uri, big)
	var res any
	if err := c.call("shutdown", nil, &res); err != nil {
		t.Fatal(err)
	}
	c.notify("exit", nil)
	select {
	case code := <-c.exit:
		if code != 0 {
			t.Errorf("status %d", code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not exit")
	}
}
