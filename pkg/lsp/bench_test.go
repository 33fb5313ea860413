package lsp

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

// small30 is a 30-line spec, the size a designer edits while starting an API.
const small30 = `openapi: 3.0.3
info:
  title: Orders
  version: "1.0"
servers:
  - url: https://api.example.com/v1
security:
  - bearer: []
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      parameters:
        - name: id
          in: path
          required: true
          schema: {type: string, format: uuid}
      responses:
        "200":
          description: the order
          content:
            application/json:
              schema:
                type: object
                properties:
                  id: {type: string, format: uuid}
                  total: {type: number}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer, bearerFormat: JWT}
`

// benchServer is a server with compiled rules and one open document, checked
// directly (no debounce, no transport) to time a re-check.
func benchServer(b *testing.B, name string, text []byte) (*Server, string) {
	b.Helper()
	dir := b.TempDir()
	s, err := New(Options{Debounce: -1})
	if err != nil {
		b.Fatal(err)
	}
	s.conn = &conn{ready: make(chan struct{})} // unused: checks are run directly
	pol, problems := s.buildPolicy(context.Background(), dir, clientSettings{}, nil)
	if pol == nil || len(problems) > 0 {
		b.Fatalf("policy: %v", problems)
	}
	if err := pol.engine.Wait(); err != nil {
		b.Fatal(err)
	}
	s.pol, s.root = pol, dir
	path := filepath.Join(dir, name)
	uri := pathToURI(path)
	s.docs[uri] = &document{uri: uri, path: path, text: text, version: 1}
	return s, uri
}

// recheck edits the document (a changed description) and checks it again.
func recheck(b *testing.B, s *Server, uri string, base []byte, i int) *checkResult {
	d := s.docs[uri]
	edited := append(append([]byte{}, base...), fmt.Sprintf("x-edit: %d\n", i)...)
	s.docs[uri] = &document{uri: uri, path: d.path, text: edited, version: d.version + 1}
	s.mu.Lock()
	snap := s.snapshot(uri)
	s.mu.Unlock()
	r := s.check(context.Background(), snap)
	if r == nil {
		b.Fatal("not checked")
	}
	return r
}

// BenchmarkRecheckSmallSpec: a re-check of a 30-line spec after an edit
// (target: ≤ 20 ms).
func BenchmarkRecheckSmallSpec(b *testing.B) {
	s, uri := benchServer(b, "orders.yaml", []byte(small30))
	i := 0
	for b.Loop() {
		recheck(b, s, uri, []byte(small30), i)
		i++
	}
}

// BenchmarkRecheckOpenAISpec: a re-check of the OpenAI spec of the corpus
// (about 3 MB of YAML) after an edit (target: ≤ 0.8 s).
func BenchmarkRecheckOpenAISpec(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "openai-openapi", "openapi.yaml"))
	if err != nil {
		b.Skip("../shared/corpus is absent")
	}
	s, uri := benchServer(b, "openapi.yaml", text)
	i := 0
	for b.Loop() {
		r := recheck(b, s, uri, text, i)
		if len(r.entries[uri]) == 0 {
			b.Fatal("no diagnostics")
		}
		i++
	}
}

// BenchmarkMemoryOver1000Edits sends 1,000 edits of the showcase through the
// protocol, each checked and published, and reports the live heap after the
// first check and after the last (flat: no growth with the number of edits).
func BenchmarkMemoryOver1000Edits(b *testing.B) {
	insecure, err := os.ReadFile(filepath.Join("..", "..", "specs-examples", "showcase", "insecure-api.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		c := newClient(b, Options{})
		dir := b.TempDir()
		c.initialize(dir, nil)
		uri := c.open(filepath.Join(dir, "api.yaml"), string(insecure))
		c.waitFor(uri, "findings", withRule("api-key-in-query"))
		before := liveHeap()
		const edits = 1000
		for i := range edits {
			c.replace(uri, string(insecure)+fmt.Sprintf("x-edit: %d\n", i))
			c.waitFor(uri, "the edit checked", func([]protocol.Diagnostic) bool {
				p, _ := c.published(uri)
				return p.Version != nil && int(*p.Version) == i+2
			})
		}
		after := liveHeap()
		b.ReportMetric(float64(before)/(1<<20), "heap-MB-first")
		b.ReportMetric(float64(after)/(1<<20), "heap-MB-after-1000")
	}
}

func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
