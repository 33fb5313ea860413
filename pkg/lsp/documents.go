package lsp

import (
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// document is an open document as the editor holds it. Its text is never
// changed in place: an edit makes a new slice, so checks can read a snapshot
// without locks.
type document struct {
	uri     string
	path    string // absolute, symlinks resolved; "" for URIs that are not files
	text    []byte
	version int32
}

func (s *Server) didOpen(_ *glsp.Context, p *protocol.DidOpenTextDocumentParams) error {
	d := &document{uri: p.TextDocument.URI, path: uriToPath(p.TextDocument.URI),
		text: []byte(p.TextDocument.Text), version: p.TextDocument.Version}
	if d.path != "" {
		d.path = canonical(d.path)
	}
	s.mu.Lock()
	s.docs[d.uri] = d
	s.mu.Unlock()
	s.schedule(d.uri, 0)
	return nil
}

func (s *Server) didChange(_ *glsp.Context, p *protocol.DidChangeTextDocumentParams) error {
	s.mu.Lock()
	d, ok := s.docs[p.TextDocument.URI]
	if !ok {
		s.mu.Unlock()
		return nil
	}
	nd := *d
	for _, ch := range p.ContentChanges {
		switch c := ch.(type) {
		case protocol.TextDocumentContentChangeEventWhole:
			nd.text = []byte(c.Text)
		case protocol.TextDocumentContentChangeEvent:
			nd.text = splice(nd.text, c, s.enc)
		}
	}
	nd.version = p.TextDocument.Version
	s.docs[nd.uri] = &nd
	delay := s.opts.Debounce
	if s.pol != nil {
		delay = s.pol.debounce
	}
	s.mu.Unlock()
	s.schedule(nd.uri, delay)
	return nil
}

// splice applies an incremental change to a copy of text.
func splice(text []byte, c protocol.TextDocumentContentChangeEvent, enc string) []byte {
	if c.Range == nil {
		return []byte(c.Text)
	}
	t := newText(text, enc)
	start, end := t.offset(c.Range.Start), t.offset(c.Range.End)
	if end < start {
		start, end = end, start
	}
	out := make([]byte, 0, len(text)-(end-start)+len(c.Text))
	out = append(out, text[:start]...)
	out = append(out, c.Text...)
	return append(out, text[end:]...)
}

func (s *Server) didSave(_ *glsp.Context, p *protocol.DidSaveTextDocumentParams) error {
	if s.isConfig(uriToPath(p.TextDocument.URI)) {
		s.reloadPolicy()
		return nil
	}
	s.schedule(p.TextDocument.URI, 0)
	return nil
}

func (s *Server) didClose(_ *glsp.Context, p *protocol.DidCloseTextDocumentParams) error {
	uri := p.TextDocument.URI
	s.mu.Lock()
	d := s.docs[uri]
	delete(s.docs, uri)
	if j := s.jobs[uri]; j != nil {
		s.stopJob(j)
		delete(s.jobs, uri)
	}
	old := s.results[uri]
	delete(s.results, uri)
	dependents := s.dependents(d)
	s.publishChanged(old, nil)
	s.mu.Unlock()
	// The roots that read the closed document now read it from disk.
	s.scheduleAll(dependents)
	return nil
}

func (s *Server) didChangeWatchedFiles(_ *glsp.Context, p *protocol.DidChangeWatchedFilesParams) error {
	reload := false
	var uris []string
	for _, ch := range p.Changes {
		path := uriToPath(ch.URI)
		if s.isConfig(path) {
			reload = true
			continue
		}
		s.mu.Lock()
		if _, open := s.docs[ch.URI]; !open && path != "" {
			uris = append(uris, s.dependents(&document{path: canonical(path)})...)
		}
		s.mu.Unlock()
	}
	if reload {
		s.reloadPolicy()
		return nil
	}
	s.scheduleAll(uris)
	return nil
}

// uriToPath is the local path of a file: URI, "" for other schemes.
func uriToPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		p = strings.TrimPrefix(p, "/")
	}
	return filepath.Clean(filepath.FromSlash(p))
}

// pathToURI is the file: URI of an absolute path.
func pathToURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// canonical resolves symlinks where it can, as the loader does for the ref
// root, so that paths compare equal.
func canonical(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(path)); err == nil {
		return filepath.Join(dir, filepath.Base(path))
	}
	return path
}

func sameFile(a, b string) bool {
	if a == b {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

func join(ss []string, sep string) string { return strings.Join(ss, sep) }
