package engine

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// ScanOptions control a scan of many inputs.
type ScanOptions struct {
	Load loader.Options
	// Jobs is the number of documents scanned at once (0: the number of CPUs).
	Jobs int
	// Progress, when set, is called after each document.
	Progress func(done, total int)
	// SkipNonOpenAPI drops files named explicitly that are not OpenAPI
	// documents instead of failing on them.
	SkipNonOpenAPI bool
	// MemoryBudget is the estimated memory, in bytes, that the documents
	// scanned at once may use together (0: DefaultMemoryBudget).
	MemoryBudget int64
	// NoInlineIgnores turns the documents' x-oasguard-ignore maps off: they
	// are reported as overridden instead of applied (--no-inline-ignores,
	// --untrusted).
	NoInlineIgnores bool
}

// Result is the outcome of scanning one target.
type Result struct {
	File     report.FileResult
	Findings []report.Finding
	Ignores  []report.Ignore
	// Sources are the files read for the document (root and fragments).
	Sources []string
	// Fatal is true when the input could not be read or parsed at all.
	Fatal bool
	// Skipped is true for a file that is not an OpenAPI document, skipped on request.
	Skipped    bool
	notOpenAPI bool
	// Doc is the loaded document; nil when Fatal. Released unless KeepDocs.
	Doc *loader.Document
}

// Scan discovers the documents under paths and scans them with a bounded
// worker pool. Results come back in input order. keep tells whether each
// result keeps its loaded document (for snippets, diff); otherwise it is
// released as soon as the document is done.
func (e *Engine) Scan(ctx context.Context, paths []string, opts ScanOptions, keep bool) []Result {
	targets, errs := loader.Discover(paths, opts.Load.MaxFileSize)
	results := make([]Result, 0, len(targets)+len(errs))
	for _, err := range errs {
		path, msg := "", err.Error()
		var de loader.DiscoverError
		if errors.As(err, &de) {
			path, msg = de.Path, de.Err.Error()
		}
		results = append(results, Result{Fatal: true, File: report.FileResult{Path: path, Errors: []string{msg}}})
	}
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	out := make([]Result, len(targets))
	sem := make(chan struct{}, jobs)
	mem := newBudget(opts.MemoryBudget)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i, t := range targets {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			cost := mem.acquire(docCost(t, mem.total))
			defer mem.release(cost)
			out[i] = e.scanOne(ctx, t, opts.Load, keep, opts.NoInlineIgnores)
			out[i].Skipped = opts.SkipNonOpenAPI && out[i].Fatal && out[i].notOpenAPI
			if opts.Progress != nil {
				mu.Lock()
				done++
				opts.Progress(done, len(targets))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for _, r := range out {
		if !r.Skipped {
			results = append(results, r)
		}
	}
	return results
}

func (e *Engine) scanOne(ctx context.Context, t loader.Target, lo loader.Options, keep, noInline bool) (res Result) {
	res.File = report.FileResult{Path: displayPath(t.Path), Errors: []string{}}
	defer func() {
		if r := recover(); r != nil {
			res.Fatal = true
			res.Findings = nil
			res.File.Errors = append(res.File.Errors, fmt.Sprintf("internal error while scanning (please report): %v", r))
		}
	}()
	// One time limit covers the whole document: loading, validation, rules.
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	lo.Context = ctx
	doc, err := load(t, lo)
	if err != nil {
		res.Fatal = true
		res.notOpenAPI = errors.Is(err, loader.ErrNotOpenAPI)
		msg := err.Error()
		if errors.Is(err, context.DeadlineExceeded) {
			msg = fmt.Sprintf("loading stopped after %s, the document is not scanned (raise --timeout)", e.timeout)
		}
		res.File.Errors = append(res.File.Errors, msg)
		return res
	}
	res.File.OAS = doc.Version
	res.File.Operations, res.File.Unauthenticated = doc.Operations, doc.Unauthenticated
	if noInline {
		// Before evaluation: grouping applies inline ignores to the places
		// of a fix (report.SuppressPlaces).
		for i := range doc.Ignores {
			doc.Ignores[i].Overridden = true
		}
	}
	findings, errs := e.evaluate(ctx, doc, !keep)
	for _, err := range errs {
		// A document whose rules did not all run was not scanned: it must
		// not pass as clean (a rule error, a number that breaks the input
		// or padding a spec to hit the time limit would be an evasion).
		res.Fatal = true
		res.File.Errors = append(res.File.Errors, evalErrorMessage(err))
	}
	res.Findings = findings
	res.Ignores = doc.Ignores
	for p := range doc.Files {
		res.Sources = append(res.Sources, p)
	}
	if keep {
		res.Doc = doc
	}
	return res
}

// stdinName is how standard input appears in reports.
const stdinName = "<stdin>"

func displayPath(p string) string {
	if p == loader.Stdin {
		return stdinName
	}
	return p
}

func load(t loader.Target, lo loader.Options) (*loader.Document, error) {
	lo.DeferValidation = true // Evaluate validates concurrently with the rules
	if t.Path == loader.Stdin {
		return loader.LoadReader(stdinName, os.Stdin, lo)
	}
	if loader.IsURL(t.Path) {
		return loader.LoadURL(t.Path, lo)
	}
	return loader.LoadFile(t.Path, lo)
}

// evalErrorMessage says that the rules did not all run on the document.
func evalErrorMessage(err error) string {
	msg := err.Error()
	if strings.Contains(msg, "not fully scanned") {
		return msg
	}
	return "rules did not all run, the document is not fully scanned: " + msg
}
