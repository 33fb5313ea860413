package diff

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/oasguard/oasguard/pkg/loader"
)

// GitPrefix marks a side read from a git revision: git:REV:path.
const GitPrefix = "git:"

// DefaultGitTimeout bounds each git command.
const DefaultGitTimeout = 30 * time.Second

// maxGitFiles bounds the files read from a revision for one document.
const maxGitFiles = 2000

// gitByteBudget bounds the bytes written to the temporary directory for one
// side (at least one file of the size limit): 2,000 files of 64 MiB would
// otherwise be 128 GiB.
const gitByteBudget = 256 << 20

// Source is one side as named on the command line: a file (or - for
// standard input), or a file at a git revision.
type Source struct {
	Arg  string // as written
	Rev  string // git revision; "" for a file
	Path string // the file; for a git side, relative to the current directory
}

// Git reports whether the source is read from a git revision.
func (s Source) Git() bool { return s.Rev != "" }

// ParseSource reads a command-line side: git:REV:path or a path.
func ParseSource(arg string) (Source, error) {
	rest, ok := strings.CutPrefix(arg, GitPrefix)
	if !ok {
		if arg == "" {
			return Source{}, errors.New("empty path")
		}
		return Source{Arg: arg, Path: arg}, nil
	}
	rev, p, ok := strings.Cut(rest, ":")
	switch {
	case !ok || rev == "" || p == "":
		return Source{}, fmt.Errorf("%s: want git:REV:path, e.g. git:origin/main:api.yaml", arg)
	case strings.HasPrefix(rev, "-") || strings.ContainsAny(rev, "\x00\n"):
		return Source{}, fmt.Errorf("%s: invalid revision %q", arg, rev)
	case filepath.IsAbs(p) || strings.ContainsRune(p, 0):
		return Source{}, fmt.Errorf("%s: the path must be relative to the current directory", arg)
	}
	return Source{Arg: arg, Rev: rev, Path: filepath.ToSlash(path.Clean(filepath.ToSlash(p)))}, nil
}

// gitRunner runs git in the current directory with a timeout per command.
type gitRunner struct {
	ctx     context.Context
	timeout time.Duration
	maxSize int64
	budget  int64 // bytes materialize may write (0: gitByteBudget or maxSize)
}

// run runs git with args (no shell) and returns its standard output.
func (g *gitRunner) run(args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(g.ctx, g.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_OPTIONAL_LOCKS=0", "LC_ALL=C")
	out := &limitedBuffer{max: g.maxSize}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = out, &stderr
	err := cmd.Run()
	switch {
	case out.over:
		return nil, fmt.Errorf("git %s: output over %d bytes (raise --max-file-size)", args[0], g.maxSize)
	case ctx.Err() != nil:
		return nil, fmt.Errorf("git %s: stopped after %s", args[0], g.timeout)
	case err != nil:
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], strings.TrimPrefix(msg, "fatal: "))
	}
	return out.buf.Bytes(), nil
}

// limitedBuffer keeps at most max bytes and fails the write beyond.
type limitedBuffer struct {
	buf  bytes.Buffer
	max  int64
	over bool
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if int64(b.buf.Len()+len(p)) > b.max {
		b.over = true
		return 0, errors.New("output too large")
	}
	return b.buf.Write(p)
}

// repoLayout is where the current directory and the ref root sit in the
// repository, as slash paths relative to its top level ("" for the top).
type repoLayout struct {
	top     string
	prefix  string // the current directory
	refRoot string // the directory $refs may read from ("" for the top)
}

func (g *gitRunner) layout(refRoot string) (*repoLayout, error) {
	out, err := g.run("rev-parse", "--show-toplevel", "--show-prefix")
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) == 0 || lines[0] == "" {
		return nil, errors.New("git rev-parse: not inside a work tree")
	}
	l := &repoLayout{top: lines[0]}
	if len(lines) > 1 {
		l.prefix = strings.TrimSuffix(lines[1], "/")
	}
	// By default a document's $refs may read the whole repository that
	// holds it (loader.DefaultRefRoot), as they may in the working tree.
	if refRoot != "" {
		l.refRoot = repoRelDir(l.top, refRoot)
	}
	return l, nil
}

// repoRelDir is dir relative to the repository top, or "" (the whole
// repository) when dir lies outside it.
func repoRelDir(top, dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	if real, err := filepath.EvalSymlinks(top); err == nil {
		top = real
	}
	rel, err := filepath.Rel(top, abs)
	if err != nil || rel == "." || !within(filepath.ToSlash(rel), "") {
		return ""
	}
	return filepath.ToSlash(rel)
}

// within reports whether the clean slash path p lies in dir ("" is the top).
func within(p, dir string) bool {
	if p == ".." || strings.HasPrefix(p, "../") || path.IsAbs(p) {
		return false
	}
	return dir == "" || p == dir || strings.HasPrefix(p, dir+"/")
}

// materialize writes the document at repoRel and every file its $refs name,
// as they are at rev, under dir (which mirrors the repository layout). Files
// outside layout.refRoot are not read. It returns the number of files
// written.
func (g *gitRunner) materialize(rev, repoRel, dir string, l *repoLayout) (int, error) {
	queue, seen := []string{repoRel}, map[string]bool{repoRel: true}
	limit := g.budget
	if limit <= 0 {
		limit = max(int64(gitByteBudget), g.maxSize)
	}
	budget := limit
	for i := 0; i < len(queue) && i < maxGitFiles; i++ {
		p := queue[i]
		data, err := g.run("cat-file", "blob", rev+":"+p)
		if err != nil {
			if i == 0 {
				return 0, err
			}
			continue // the loader reports the missing fragment
		}
		if budget -= int64(len(data)); budget < 0 {
			return 0, fmt.Errorf("the files read from %s total over %d bytes", rev, limit)
		}
		target := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(target), 0o700); err != nil {
			return 0, fmt.Errorf("materialize: %w", err)
		}
		if err := os.WriteFile(target, data, 0o600); err != nil {
			return 0, fmt.Errorf("materialize: %w", err)
		}
		for _, ref := range fileRefs(p, data) {
			if !seen[ref] && within(ref, l.refRoot) {
				seen[ref] = true
				queue = append(queue, ref)
			}
		}
	}
	return len(queue), nil
}

// fileRefs returns the files named by the relative $refs of the file at
// repoRel, as clean repository paths.
func fileRefs(repoRel string, data []byte) []string {
	root, err := parseAny(repoRel, data)
	if err != nil {
		return nil
	}
	var out []string
	collectRefs(root, func(ref string) {
		file, _, _ := strings.Cut(ref, "#")
		if u, err := url.PathUnescape(file); err == nil {
			file = u
		}
		if file == "" || strings.HasPrefix(file, "//") || strings.Contains(file, "://") || path.IsAbs(file) {
			return
		}
		out = append(out, path.Join(path.Dir(repoRel), file))
	}, 0)
	return out
}

func parseAny(name string, data []byte) (*loader.Node, error) {
	limits := loader.DefaultLimits()
	t := bytes.TrimLeft(data, " \t\r\n\xef\xbb\xbf")
	if strings.EqualFold(path.Ext(name), ".json") || (len(t) > 0 && (t[0] == '{' || t[0] == '[')) {
		if n, _, err := loader.ParseJSON(data, limits); err == nil {
			return n, nil
		}
	}
	n, _, err := loader.ParseYAML(data, limits)
	return n, err
}

// collectRefs calls fn with every string $ref in the tree.
func collectRefs(n *loader.Node, fn func(string), depth int) {
	if n == nil || depth > loader.DefaultLimits().MaxDepth {
		return
	}
	if n.IsMap() {
		if r := n.Get("$ref"); r != nil && r.Kind == loader.StringNode {
			fn(r.Text)
		}
	}
	for _, k := range n.Kids {
		collectRefs(k, fn, depth+1)
	}
}

// removeOnSignal removes dir if the process is interrupted or terminated
// before stop is called, then lets the signal take its default course; a
// deferred removal does not run then.
func removeOnSignal(dir string) (stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sig:
			os.RemoveAll(dir)
			signal.Reset(s)
			if p, err := os.FindProcess(os.Getpid()); err == nil {
				_ = p.Signal(s)
			}
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}
