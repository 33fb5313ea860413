// Package lsp is oasguard's language server: it speaks the Language Server
// Protocol (github.com/tliron/glsp's protocol types and dispatch over
// github.com/sourcegraph/jsonrpc2), keeps the open documents, re-checks
// them through the scanner's own stages (loader, engine, report policy)
// after each pause in typing, and maps findings to diagnostics, hovers and
// code actions. It holds no rule logic.
package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/oasguard/oasguard/pkg/validate"
)

// Defaults of Options.
const (
	DefaultDebounce       = 200 * time.Millisecond
	DefaultMaxDiagnostics = 500
	DefaultMaxFileSize    = 16 << 20
	// DefaultDocsURL is the page that documents the built-in rules; a
	// diagnostic links to DefaultDocsURL + "#" + rule id (the anchor of the
	// rule's section, which is its id).
	DefaultDocsURL = "https://github.com/oasguard/oasguard/blob/main/docs/rules.md"
)

// Options configure a server. The client's initializationOptions override
// them where they overlap.
type Options struct {
	// Debounce is the pause after an edit before the document is checked
	// again; 0 means DefaultDebounce, a negative value checks at once.
	Debounce time.Duration
	// MaxDiagnostics caps the diagnostics of one document, a summary
	// included (0: DefaultMaxDiagnostics).
	MaxDiagnostics int
	// MaxFileSize bounds every document and fragment checked, in bytes
	// (0: DefaultMaxFileSize).
	MaxFileSize int64
	// Timeout bounds the rule evaluation of one check (0: the engine's).
	Timeout time.Duration
	// DocsURL is the rule reference linked from diagnostics ("" :
	// DefaultDocsURL).
	DocsURL string
	// ConfigPath names the configuration file; "" uses the .oasguard.yaml
	// of the workspace root.
	ConfigPath string
	// RulesDirs are custom rule directories, loaded besides those of the
	// configuration.
	RulesDirs []string
	// Log receives the server's own log (never the protocol); nil discards.
	Log io.Writer
}

// Server is one language server. Serve runs it over a connection.
type Server struct {
	opts      Options
	validator *validate.Validator
	proto     *protocol.Handler
	log       *log.Logger

	mu          sync.Mutex
	conn        *conn
	root        string // workspace root, absolute; "" when the client named none
	enc         string // negotiated position encoding
	settings    clientSettings
	pol         *policy
	docs        map[string]*document
	results     map[string]*checkResult // by the URI of the open document checked
	published   map[string]bool
	fragments   map[string]bool // paths some check has read: a parse error there is shown
	jobs        map[string]*job
	initialized bool
	shutdown    bool
	stopped     bool // no more checks start
	watch       bool // the client registers file watchers on request
	checking    chan struct{}
	running     sync.WaitGroup
	cancelled   atomic.Int64 // checks stopped by a newer edit
}

// New returns a server; the rules compile when a client initializes it.
func New(opts Options) (*Server, error) {
	if opts.Debounce == 0 {
		opts.Debounce = DefaultDebounce
	}
	if opts.Debounce < 0 {
		opts.Debounce = 0
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	v, err := validate.New()
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, validator: v, log: log.New(opts.Log, "oasguard lsp: ", log.LstdFlags),
		enc: encUTF16, docs: map[string]*document{}, results: map[string]*checkResult{},
		published: map[string]bool{}, fragments: map[string]bool{}, jobs: map[string]*job{}, checking: make(chan struct{}, 1)}
	s.proto = s.handlers()
	return s, nil
}

// Serve speaks the protocol over rw until the client exits or the connection
// closes, and returns the process exit code the protocol prescribes: 0 when
// shutdown came before the end, 1 otherwise.
func (s *Server) Serve(ctx context.Context, rw io.ReadWriteCloser) int {
	maxBody := 6*max(s.opts.MaxFileSize, DefaultMaxFileSize) + 1<<20 // a document's text, JSON-escaped
	stream := jsonrpc2.NewBufferedStream(rw, codec{maxBody: maxBody})
	c := &conn{stream: stream, ready: make(chan struct{})}
	s.mu.Lock()
	s.conn = c
	s.mu.Unlock()
	c.rpc = jsonrpc2.NewConn(ctx, stream, jsonrpc2.HandlerWithError(s.handle).SuppressErrClosed(),
		jsonrpc2.SetLogger(s.log))
	close(c.ready)
	select {
	case <-c.rpc.DisconnectNotify():
	case <-ctx.Done():
		_ = c.rpc.Close()
	}
	s.stopChecks()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shutdown {
		return 0
	}
	return 1
}

// LSP error codes that jsonrpc2 does not define.
const (
	codeServerNotInitialized = -32002
	codeRequestFailed        = -32803
)

// handle serves one message: the lifecycle rules of the protocol here, the
// rest through glsp's typed dispatch.
func (s *Server) handle(ctx context.Context, c *jsonrpc2.Conn, req *jsonrpc2.Request) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Printf("panic serving %s: %v\n%s", req.Method, r, debug.Stack())
			result, err = nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: fmt.Sprintf("internal error serving %s (please report): %v", req.Method, r)}
		}
	}()
	var params json.RawMessage
	if req.Params != nil {
		params = *req.Params
	}
	switch req.Method {
	case badMessageMethod:
		var p struct{ Reason string }
		_ = json.Unmarshal(params, &p)
		s.log.Printf("bad message: %s", p.Reason)
		return nil, s.conn.stream.WriteObject(parseError(p.Reason))
	case protocol.MethodExit:
		go func() { _ = c.Close() }()
		return nil, nil
	case protocol.MethodShutdown:
		s.stopChecks()
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		return nil, nil
	}
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch {
	case shutdown && req.Notif:
		return nil, nil
	case shutdown:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: "the server is shut down: only exit is accepted"}
	case !initialized && req.Method != protocol.MethodInitialize:
		if req.Notif {
			return nil, nil
		}
		return nil, &jsonrpc2.Error{Code: codeServerNotInitialized, Message: "the server is not initialized"}
	case initialized && req.Method == protocol.MethodInitialize:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: "the server is already initialized"}
	}
	gc := &glsp.Context{Method: req.Method, Params: params, Notify: s.conn.notify,
		Call: func(method string, params, _ any) { s.conn.call(method, params) }}
	r, validMethod, validParams, err := s.proto.Handle(gc)
	switch {
	case !validMethod && req.Notif:
		return nil, nil
	case !validMethod:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "method not supported: " + req.Method}
	case !validParams:
		msg := "invalid params"
		if err != nil {
			msg += ": " + err.Error()
		}
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: msg}
	case err != nil:
		if je, ok := err.(*jsonrpc2.Error); ok {
			return nil, je
		}
		return nil, &jsonrpc2.Error{Code: codeRequestFailed, Message: err.Error()}
	}
	return r, nil
}

// stdio joins standard input and output into one connection.
type stdio struct {
	io.Reader
	io.Writer
}

// Close closes nothing: the process ends with the connection.
func (stdio) Close() error { return nil }

// Stdio is the connection over standard input and output.
func Stdio(in io.Reader, out io.Writer) io.ReadWriteCloser { return stdio{in, out} }
