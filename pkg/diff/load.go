package diff

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/oasguard/oasguard/pkg/engine"
	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// LoadOptions control how a side is read, scanned and assembled.
type LoadOptions struct {
	Scan engine.ScanOptions
	// Policy is applied to each side's findings (severity overrides,
	// inline and config suppressions). Its Baseline should be nil.
	Policy engine.Policy
	Tool   report.Tool
	// GitTimeout bounds each git command (0: DefaultGitTimeout).
	GitTimeout time.Duration
}

// LoadError is a side that could not be read or parsed at all.
type LoadError struct {
	Arg string
	Err error
}

func (e *LoadError) Error() string { return fmt.Sprintf("%s: %v", e.Arg, e.Err) }

func (e *LoadError) Unwrap() error { return e.Err }

// Load reads one side and scans it with eng.
func Load(ctx context.Context, eng *engine.Engine, src Source, opts LoadOptions) (*Side, error) {
	if src.Git() {
		return loadGit(ctx, eng, src, opts)
	}
	if src.Path != loader.Stdin {
		if st, err := os.Stat(src.Path); err == nil && st.IsDir() {
			return nil, &LoadError{Arg: src.Arg, Err: errors.New("is a directory; diff compares two documents")}
		}
	}
	res, err := scanOne(ctx, eng, src.Path, opts.Scan)
	if err != nil {
		return nil, &LoadError{Arg: src.Arg, Err: err}
	}
	return assemble(res, nil, "", opts), nil
}

// scanOne scans one file, keeping its document.
func scanOne(ctx context.Context, eng *engine.Engine, p string, opts engine.ScanOptions) (*engine.Result, error) {
	opts.SkipNonOpenAPI = false
	results := eng.Scan(ctx, []string{p}, opts, true)
	if len(results) != 1 {
		return nil, fmt.Errorf("expected one document, found %d", len(results))
	}
	res := results[0]
	if res.Fatal || res.Doc == nil {
		return nil, errors.New(strings.Join(res.File.Errors, "; "))
	}
	return &res, nil
}

// assemble applies the policy to one scanned side. rename maps loader names
// to plain names and has already been applied to res.
func assemble(res *engine.Result, rename map[string]string, prefix string, opts LoadOptions) *Side {
	rep, warnings := engine.Assemble([]engine.Result{*res}, opts.Tool, opts.Policy)
	side := &Side{Doc: res.Doc, Findings: rep.Findings, Rename: rename, Prefix: prefix, Warnings: warnings}
	side.File = rep.Files[0]
	side.Name = side.Display(side.rootPlain())
	side.File.Path = side.Name
	return side
}

// loadGit reads a side from a git revision: the document and the files its
// $refs name are copied from the revision into a temporary directory that
// mirrors the repository, then scanned there with $refs confined to the same
// ref root as the working tree (the repository when that lies outside it).
func loadGit(ctx context.Context, eng *engine.Engine, src Source, opts LoadOptions) (*Side, error) {
	fail := func(err error) (*Side, error) { return nil, &LoadError{Arg: src.Arg, Err: err} }
	g := &gitRunner{ctx: ctx, timeout: cmp.Or(opts.GitTimeout, DefaultGitTimeout),
		maxSize: cmp.Or(opts.Scan.Load.MaxFileSize, loader.DefaultMaxFileSize)}
	l, err := g.layout(opts.Scan.Load.RefRoot)
	if err != nil {
		return fail(err)
	}
	repoRel := path.Join(l.prefix, src.Path)
	if !within(repoRel, "") {
		return fail(errors.New("the path leaves the repository"))
	}
	dir, err := os.MkdirTemp("", "oasguard-diff-*")
	if err != nil {
		return fail(err)
	}
	defer os.RemoveAll(dir) // on every return, error or panic
	defer removeOnSignal(dir)()
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	if _, err := g.materialize(src.Rev, repoRel, dir, l); err != nil {
		return fail(err)
	}
	scan := opts.Scan
	scan.Load.RefRoot = filepath.Join(dir, filepath.FromSlash(l.refRoot))
	res, err := scanOne(ctx, eng, filepath.Join(dir, filepath.FromSlash(repoRel)), scan)
	if err != nil {
		return fail(errors.New(strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), src.Rev+":")))
	}
	rename := gitRename(res, dir, l.prefix)
	return assemble(res, rename, src.Rev+":", opts), nil
}

// gitRename renames the files of a scanned git side to their paths relative
// to the current directory, in findings, ignores, messages and errors, and
// returns the map from loader names to those plain names.
func gitRename(res *engine.Result, dir, prefix string) map[string]string {
	rename := map[string]string{}
	var pairs []string
	for name, f := range res.Doc.Files {
		rename[name] = cwdRel(dir, f.Abs, prefix)
		pairs = append(pairs, name, rename[name])
	}
	pairs = append(pairs, dir+string(filepath.Separator), "")
	r := longestFirst(pairs)
	plain := func(name string) string {
		if n, ok := rename[name]; ok {
			return n
		}
		return r.Replace(name)
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		f.File = plain(f.File)
		f.Message = r.Replace(f.Message)
		f.Fingerprint = report.Fingerprint(f.RuleID, f.File, f.Pointer)
	}
	for i := range res.Ignores {
		res.Ignores[i].File = plain(res.Ignores[i].File)
	}
	for i, e := range res.File.Errors {
		res.File.Errors[i] = r.Replace(e)
	}
	return rename
}

// cwdRel is the slash path of abs (a file under dir, the repository mirror)
// relative to the current directory's place (prefix) in the repository.
func cwdRel(dir, abs, prefix string) string {
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	if r, err := filepath.Rel(filepath.FromSlash(cmp.Or(prefix, ".")), rel); err == nil {
		rel = r
	}
	return filepath.ToSlash(rel)
}

// longestFirst builds a replacer that prefers the longest of the names
// starting at the same place.
func longestFirst(pairs []string) *strings.Replacer {
	type pair struct{ old, new string }
	ps := make([]pair, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		ps = append(ps, pair{pairs[i], pairs[i+1]})
	}
	slices.SortStableFunc(ps, func(a, b pair) int { return cmp.Compare(len(b.old), len(a.old)) })
	flat := make([]string, 0, len(pairs))
	for _, p := range ps {
		flat = append(flat, p.old, p.new)
	}
	return strings.NewReplacer(flat...)
}
