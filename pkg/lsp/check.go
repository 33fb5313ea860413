package lsp

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// job is a pending or running check of one open document.
type job struct {
	timer  *time.Timer
	cancel context.CancelFunc
}

// stopJob cancels a job; one whose timer had not fired will not run. Call
// with mu held.
func (s *Server) stopJob(j *job) {
	if j.timer.Stop() {
		s.running.Done()
	}
	j.cancel()
}

// checkResult is what one check of an open document found: diagnostics for
// it and for the fragments it references.
type checkResult struct {
	root    bool            // the document is an OpenAPI root (it may not parse now)
	files   map[string]bool // paths the check read (the document's dependencies)
	entries map[string][]entry
	sources map[string]*source // the files the entries point into, by URI
}

// source is a file a check read, with its text indexed for positions.
type source struct {
	file *loader.File
	text *text
	loc  *loader.Locator // built on first use
}

// entry is one diagnostic with the finding behind it.
type entry struct {
	diag    protocol.Diagnostic
	finding *report.Finding // nil for problems that are not findings (parse errors)
	src     *source         // the file the finding is in
}

// schedule (re)starts the checks that an edit of uri affects: the document
// itself and the open roots that read it. A check already running for one
// of them is cancelled.
func (s *Server) schedule(uri string, delay time.Duration) {
	s.mu.Lock()
	targets := []string{uri}
	if d := s.docs[uri]; d != nil {
		targets = append(targets, s.dependents(d)...)
	}
	s.mu.Unlock()
	s.scheduleWith(targets, delay)
}

// scheduleAll checks the documents at once.
func (s *Server) scheduleAll(uris []string) { s.scheduleWith(uris, 0) }

func (s *Server) scheduleWith(uris []string, delay time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped || s.pol == nil {
		return
	}
	for _, u := range uris {
		if _, open := s.docs[u]; !open {
			continue
		}
		if old := s.jobs[u]; old != nil {
			s.stopJob(old)
		}
		ctx, cancel := context.WithCancel(context.Background())
		j := &job{cancel: cancel}
		s.jobs[u] = j
		s.running.Add(1)
		j.timer = time.AfterFunc(delay, func() {
			defer s.running.Done()
			s.run(ctx, u, j)
		})
	}
}

// dependents are the open documents whose last check read d. Call with mu
// held.
func (s *Server) dependents(d *document) []string {
	if d == nil || d.path == "" {
		return nil
	}
	var out []string
	for u, r := range s.results {
		if u != d.uri && r.files[d.path] {
			out = append(out, u)
		}
	}
	return out
}

// stopChecks cancels every pending and running check, waits for them, and
// starts no more.
func (s *Server) stopChecks() {
	s.mu.Lock()
	s.stopped = true
	for u, j := range s.jobs {
		s.stopJob(j)
		delete(s.jobs, u)
	}
	s.mu.Unlock()
	s.running.Wait()
}

// snapshot is what a check reads, copied under the lock.
type snapshot struct {
	doc     *document
	pol     *policy
	root    string
	enc     string
	overlay map[string][]byte
	known   bool // the document was a root or a fragment when last checked
	prev    *checkResult
}

// run checks one document, unless the check is cancelled first, and
// publishes the diagnostics that changed.
func (s *Server) run(ctx context.Context, uri string, j *job) {
	select { // one check at a time: the rules use every core already
	case s.checking <- struct{}{}:
		defer func() { <-s.checking }()
	case <-ctx.Done():
		return
	}
	if ctx.Err() != nil {
		return
	}
	s.mu.Lock()
	snap := s.snapshot(uri)
	s.mu.Unlock()
	if snap.doc == nil {
		return
	}
	res := s.check(ctx, snap)
	s.mu.Lock()
	defer s.mu.Unlock()
	if ctx.Err() != nil || s.jobs[uri] != j {
		return // cancelled or superseded: a newer check publishes
	}
	delete(s.jobs, uri)
	old := s.results[uri]
	if res == nil {
		delete(s.results, uri)
	} else {
		s.results[uri] = res
		for f := range res.files {
			s.fragments[f] = true
		}
	}
	s.publishChanged(old, res)
	if res != nil && len(res.entries[uri]) == 0 {
		s.publish(uri, true) // a clean document says so
	}
}

// snapshot copies what a check of uri reads. Call with mu held.
func (s *Server) snapshot(uri string) snapshot {
	d := s.docs[uri]
	snap := snapshot{doc: d, pol: s.pol, root: s.root, enc: s.enc, overlay: map[string][]byte{}, prev: s.results[uri]}
	for _, o := range s.docs {
		if o.path != "" {
			snap.overlay[o.path] = o.text
		}
	}
	if d != nil {
		snap.known = (snap.prev != nil && snap.prev.root) || s.fragments[d.path]
	}
	return snap
}

// check loads the document as a root and evaluates the rules; nil when it is
// not an OpenAPI document (a fragment's findings come from its roots).
func (s *Server) check(ctx context.Context, snap snapshot) *checkResult {
	d, pol := snap.doc, snap.pol
	name := s.displayName(snap.root, d)
	if int64(len(d.text)) > pol.maxSize {
		if !snap.known && !looksOpenAPI(d.text) {
			return nil
		}
		return problemResult(snap, fmt.Sprintf("%s is %d bytes, over the limit of %d bytes: it is not checked (raise the maxFileSize setting)", name, len(d.text), pol.maxSize), 0)
	}
	refRoot := snap.root
	if refRoot == "" || (d.path != "" && !within(refRoot, d.path)) {
		refRoot = filepath.Dir(d.path)
	}
	overlay := snap.overlay
	var askedMu sync.Mutex
	asked := map[string]bool{} // every fragment the loader reads or tries to read
	opts := loader.Options{MaxFileSize: pol.maxSize, RefRoot: refRoot, Validator: s.validator, DeferValidation: true,
		Overlay: func(abs string) ([]byte, bool) {
			askedMu.Lock()
			asked[abs] = true
			askedMu.Unlock()
			b, ok := overlay[abs]
			return b, ok
		}}
	if d.path == "" {
		opts.RefRoot = refRootFor(snap.root)
	}
	doc, err := loader.LoadBytes(name, d.path, d.text, opts)
	switch {
	case errors.Is(err, loader.ErrNotOpenAPI):
		return nil
	case err != nil:
		return s.brokenResult(snap, name, err)
	}
	findings, errs := pol.engine.Evaluate(ctx, doc)
	if ctx.Err() != nil {
		s.cancelled.Add(1)
		return nil
	}
	r := s.findingsResult(snap, doc, findings, errs)
	askedMu.Lock()
	defer askedMu.Unlock()
	for abs := range asked {
		r.files[abs] = true // a fragment that failed to load is still a dependency
	}
	return r
}

// refRootFor is the ref root of a document that is not a file: the
// workspace, or nothing readable.
func refRootFor(root string) string {
	if root != "" {
		return root
	}
	return filepath.Join(string(filepath.Separator), "nonexistent-oasguard-ref-root")
}

// brokenResult is the single diagnostic of a document that does not load:
// at the syntax error when it does not parse.
func (s *Server) brokenResult(snap snapshot, name string, err error) *checkResult {
	if !snap.known && !looksOpenAPI(snap.doc.text) {
		return nil
	}
	off := 0
	if _, perr := loader.ParseText(name, snap.doc.text, loader.Limits{}); perr != nil {
		var se *loader.SyntaxError
		if errors.As(perr, &se) {
			t := newText(snap.doc.text, snap.enc)
			if se.Line-1 < len(t.starts) {
				off = min(t.starts[se.Line-1]+se.Column-1, len(snap.doc.text))
			}
		}
	}
	r := problemResult(snap, fmt.Sprintf("%s: %v (the findings shown before this error are cleared until it is fixed)", name, err), off)
	if snap.prev != nil {
		r.files = snap.prev.files // edits of its fragments still re-check it
	}
	return r
}

func problemResult(snap snapshot, msg string, off int) *checkResult {
	t := newText(snap.doc.text, snap.enc)
	sev := protocol.DiagnosticSeverityError
	src := sourceName
	e := entry{diag: protocol.Diagnostic{Range: t.rangeOf(off, off+1), Severity: &sev, Source: &src, Message: msg}}
	return &checkResult{root: true, files: map[string]bool{},
		entries: map[string][]entry{snap.doc.uri: {e}}, sources: map[string]*source{}}
}

// source is the diagnostics' source.
const sourceName = "oasguard"

var openAPIKey = regexp.MustCompile(`(?m)^\s*["']?(openapi|swagger)["']?\s*:`)

// looksOpenAPI tells whether a text that cannot be loaded was meant to be an
// OpenAPI document: it has an openapi or swagger key at the start of a line.
func looksOpenAPI(text []byte) bool { return openAPIKey.Match(text[:min(len(text), 64<<10)]) }

// displayName names a document in messages and in the findings' file field:
// its path relative to the workspace root.
func (s *Server) displayName(root string, d *document) string {
	if d.path == "" {
		return d.uri
	}
	if root != "" {
		if rel, err := filepath.Rel(root, d.path); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(d.path)
}

// findingsResult applies the policy (severities, inline and configured
// ignores) to the findings, as a scan does, and turns them into diagnostics.
func (s *Server) findingsResult(snap snapshot, doc *loader.Document, findings []report.Finding, errs []error) *checkResult {
	r := &checkResult{root: true, files: map[string]bool{}, entries: map[string][]entry{}, sources: map[string]*source{}}
	byName := map[string]string{} // display name → URI
	for name, f := range doc.Files {
		if f.Abs == "" && name != doc.Path {
			continue
		}
		uri := snap.doc.uri
		if f.Abs != "" {
			r.files[f.Abs] = true
			uri = s.uriOf(f.Abs)
		}
		if name == doc.Path {
			uri = snap.doc.uri
		}
		byName[name] = uri
		r.sources[uri] = &source{file: f, text: newText(f.Data, snap.enc)}
	}
	rel := func(name string) string { return s.relName(snap.root, doc, name) }
	for i := range findings {
		f := &findings[i]
		f.File = rel(f.File)
		for k := range f.Occurrences {
			f.Occurrences[k].File = rel(f.Occurrences[k].File)
		}
	}
	ignores := make([]report.Ignore, len(doc.Ignores))
	for i, ig := range doc.Ignores {
		ig.File = rel(ig.File)
		ignores[i] = ig
	}
	uriOfRel := map[string]string{}
	for name, uri := range byName {
		uriOfRel[rel(name)] = uri
	}
	res := engine.Result{File: report.FileResult{Path: rel(doc.Path)}, Findings: findings, Ignores: ignores}
	rep, _ := engine.Assemble([]engine.Result{res}, report.Tool{Name: "oasguard"}, engine.Policy{Config: snap.pol.cfg, Now: time.Now()})
	for i := range rep.Findings {
		f := &rep.Findings[i]
		uri, ok := uriOfRel[f.File]
		// min-severity is display: it hides diagnostics, nothing else.
		if f.Suppressed() || !ok || f.Severity.Rank() < snap.pol.minSeverity().Rank() {
			continue
		}
		r.entries[uri] = append(r.entries[uri], entry{diag: s.diagnostic(snap, r, f, uriOfRel), finding: f, src: r.sources[uri]})
	}
	for _, err := range errs {
		sev := protocol.DiagnosticSeverityWarning
		src := sourceName
		r.entries[snap.doc.uri] = append(r.entries[snap.doc.uri], entry{diag: protocol.Diagnostic{
			Severity: &sev, Source: &src, Message: "the document is not fully checked: " + err.Error()}})
	}
	return r
}

// relName rewrites a file name as the loader displays it (relative to the
// process's directory) relative to the workspace root, as the configuration's
// ignore globs expect.
func (s *Server) relName(root string, doc *loader.Document, name string) string {
	f := doc.Files[name]
	if f == nil || f.Abs == "" {
		return name
	}
	if root != "" {
		if rel, err := filepath.Rel(root, f.Abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(f.Abs)
}

// uriOf is the URI of a file: the one the editor opened it under, else its
// file: URI. Call without mu held.
func (s *Server) uriOf(abs string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	for u, d := range s.docs {
		if d.path == abs {
			return u
		}
	}
	return pathToURI(abs)
}
