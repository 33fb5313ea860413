package loader

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// Target is one input to scan: a file named on the command line or found in
// a directory, or standard input.
type Target struct {
	Path string
	// Explicit is true for files named directly: they are scanned even when
	// they do not look like OpenAPI documents (and fail clearly if not).
	Explicit bool
}

// DiscoverError is an input path that could not be walked.
type DiscoverError struct {
	Path string
	Err  error
}

func (e DiscoverError) Error() string { return fmt.Sprintf("%s: %v", e.Path, e.Err) }

var specExt = map[string]bool{".json": true, ".yaml": true, ".yml": true}

// rootMarker finds a top-level openapi/swagger field near the start of a file.
var rootMarker = regexp.MustCompile(`(?m)(^(openapi|swagger)\s*:|"(openapi|swagger)"\s*:)`)

// Discover expands the paths into targets: files as given, directories walked
// recursively (symlinked directories are not followed, so loops cannot
// occur) keeping .json/.yaml/.yml files that look like OpenAPI root documents.
func Discover(paths []string, maxSize int64) ([]Target, []error) {
	var out []Target
	var errs []error
	seen := map[string]bool{}
	add := func(t Target) {
		if !seen[t.Path] {
			seen[t.Path] = true
			out = append(out, t)
		}
	}
	for _, p := range paths {
		if p == Stdin {
			add(Target{Path: Stdin, Explicit: true})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, DiscoverError{Path: p, Err: unwrapPathError(err)})
			continue
		}
		if !st.IsDir() {
			add(Target{Path: filepath.ToSlash(filepath.Clean(p)), Explicit: true})
			continue
		}
		found, err := walkDir(p, maxSize)
		if err != nil {
			errs = append(errs, DiscoverError{Path: p, Err: err})
		}
		for _, f := range found {
			add(Target{Path: f})
		}
	}
	return out, errs
}

func walkDir(root string, maxSize int64) ([]string, error) {
	var found []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			return nil // unreadable entries below the root are skipped
		}
		if d.IsDir() {
			name := d.Name()
			if p != root && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !specExt[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		if looksLikeRoot(p, maxSize) {
			found = append(found, filepath.ToSlash(filepath.Clean(p)))
		}
		return nil
	})
	sort.Strings(found)
	return found, err
}

// looksLikeRoot sniffs the first 64 KiB of a file for a top-level
// openapi/swagger field.
func looksLikeRoot(p string, maxSize int64) bool {
	fh, err := os.Open(p)
	if err != nil {
		return false
	}
	defer fh.Close()
	buf := make([]byte, 64<<10)
	n, _ := fh.Read(buf)
	head := buf[:n]
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	return rootMarker.Match(head)
}
