package loader

import (
	"context"
	"fmt"

	"github.com/oasguard/oasguard/pkg/validate"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Options control loading.
type Options struct {
	// RefRoot is the directory that $refs may read from; files outside it
	// are not read. Empty means the document's own directory, or the top of
	// the git repository that contains it (see DefaultRefRoot).
	RefRoot string
	// MaxFileSize bounds every file read, root or fragment, in bytes.
	MaxFileSize int64
	// Limits bound parsing.
	Limits Limits
	// SkipValidation turns off the kin-openapi and JSON Schema validators.
	SkipValidation bool
	// DeferValidation runs the kin-openapi and JSON Schema validators in the
	// background, from the moment every file is read, instead of before
	// loading returns; Document.Validate waits for their problems. The
	// caller can so evaluate rules while they run.
	DeferValidation bool
	// Validator checks documents against the official JSON Schemas; nil
	// skips that check. Build one per process: it is safe for concurrent use.
	Validator *validate.Validator
	// AllowRemoteHosts names the hosts ("host" or "host:port") whose HTTPS
	// $refs are fetched; other remote $refs are reported, never fetched.
	AllowRemoteHosts []string
	// HTTPClient fetches allowed remote $refs; nil uses a default client.
	// Redirects are followed only to HTTPS on the same host.
	HTTPClient *http.Client
	// Context, when set, stops loading once it is done: the per-document
	// time limit covers reading, parsing, $ref resolution and validation.
	Context context.Context
	// RemoteTimeout bounds each fetch (0: DefaultRemoteTimeout); the size
	// of a fetched file is bounded by MaxFileSize.
	RemoteTimeout time.Duration
	// Overlay, when set, supplies the text of files that are being edited
	// (an editor's unsaved buffers) in place of their content on disk; see
	// overlay.go.
	Overlay Overlay
	// AllowHTTP lets LoadURL fetch a document by a plain http:// URL
	// (remote $refs stay HTTPS only).
	AllowHTTP bool
	// rootURL is the URL the root document was fetched from (LoadURL).
	rootURL string
}

// DefaultMaxFileSize is the default per-file size limit.
const DefaultMaxFileSize = 64 << 20

// withDefaults fills the options for a document in docDir (the current
// directory for standard input).
func (o Options) withDefaults(docDir string) Options {
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	o.MaxFileSize = min(o.MaxFileSize, MaxFileSizeCeiling)
	if o.Limits.MaxDepth <= 0 || o.Limits.MaxNodes <= 0 {
		o.Limits = DefaultLimits()
	}
	if o.Context == nil {
		o.Context = context.Background()
	}
	o.Limits.Context = o.Context
	if o.RefRoot == "" {
		o.RefRoot = DefaultRefRoot(docDir)
	}
	if abs, err := filepath.Abs(o.RefRoot); err == nil {
		o.RefRoot = abs
	}
	if real, err := filepath.EvalSymlinks(o.RefRoot); err == nil {
		o.RefRoot = real
	}
	return o
}

// DefaultRefRoot is the directory a document in dir may read $refs from when
// no ref root is given: the top of the git repository containing dir (the
// nearest directory with a .git entry), else dir itself. A spec downloaded
// into a home folder so cannot read the folder's other files.
func DefaultRefRoot(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	for d := abs; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return abs
		}
		d = parent
	}
}

// fileSet reads and caches the files of one document.
type fileSet struct {
	opts     Options
	cwd      string
	files    map[string]*File
	failed   map[string]error
	order    []*File
	problems []Problem
	remote   *remoteFiles // fetched over HTTPS; nil until the first fetch
}

func newFileSet(opts Options) *fileSet {
	cwd, _ := os.Getwd()
	return &fileSet{opts: opts, cwd: cwd, files: map[string]*File{}, failed: map[string]error{}}
}

// refStatus values.
const (
	statusOK          = "ok"
	statusMissing     = "missing"
	statusRemote      = "remote"
	statusOutsideRoot = "outside-root"
	statusCycle       = "cycle"
	statusInvalid     = "invalid"
	statusUnreadable  = "unreadable"
)

// inRoot reports whether abs (symlinks resolved) lies in the ref root.
func (s *fileSet) inRoot(abs string) (string, bool) {
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		real = abs
	}
	rel, err := filepath.Rel(s.opts.RefRoot, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return real, false
	}
	return real, true
}

// fragment loads a file referenced by a $ref, enforcing the root. Files are
// cached by their real path too: a fragment reached through symbolic links
// under several names is read and parsed once.
func (s *fileSet) fragment(abs string) (*File, string, error) {
	if f, ok := s.files[abs]; ok {
		return f, statusOK, nil
	}
	if err, ok := s.failed[abs]; ok {
		return nil, statusUnreadable, err
	}
	real, ok := s.inRoot(abs)
	if !ok {
		return nil, statusOutsideRoot, fmt.Errorf("%s is outside the ref root %s (widen it with --ref-root)", s.display(abs), s.opts.RefRoot)
	}
	if f, ok := s.files[real]; ok {
		s.files[abs] = f // the same file under another name
		return f, statusOK, nil
	}
	data, err := s.read(abs)
	if err != nil {
		err = fmt.Errorf("read %s: %w", s.display(abs), unwrapPathError(err))
		s.failed[abs] = err
		if os.IsNotExist(err) {
			return nil, statusMissing, err
		}
		return nil, statusUnreadable, err
	}
	f, dups, err := parseData(s.display(abs), data, s.opts.Limits)
	if err != nil {
		err = fmt.Errorf("%s: %w", s.display(abs), err)
		s.failed[abs] = err
		return nil, statusUnreadable, err
	}
	f.Abs = abs
	s.add(f)
	s.files[real] = f
	s.problems = append(s.problems, dups...)
	return f, statusOK, nil
}

func (s *fileSet) add(f *File) {
	if f.Abs != "" {
		s.files[f.Abs] = f
	}
	s.order = append(s.order, f)
}

func (s *fileSet) display(abs string) string {
	if s.cwd != "" {
		if rel, err := filepath.Rel(s.cwd, abs); err == nil && !filepath.IsAbs(rel) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(abs)
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// splitRef splits a $ref into its file part and its pointer. remote is true
// for URLs.
func splitRef(ref string) (file, pointer string, remote bool, err error) {
	file, frag, _ := strings.Cut(ref, "#")
	if u, perr := url.Parse(file); perr == nil && u.Scheme != "" && len(u.Scheme) > 1 {
		return file, frag, true, nil
	}
	if strings.HasPrefix(file, "//") {
		return file, frag, true, nil
	}
	if frag != "" {
		if p, uerr := url.PathUnescape(frag); uerr == nil {
			frag = p
		}
		if !strings.HasPrefix(frag, "/") {
			return file, frag, false, fmt.Errorf("fragment %q is not a JSON pointer", frag)
		}
	}
	if file != "" {
		if p, uerr := url.PathUnescape(file); uerr == nil {
			file = p
		}
	}
	return file, frag, false, nil
}
