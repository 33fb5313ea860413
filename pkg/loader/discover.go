package loader

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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

// Skip is a file found in a directory that is not scanned, and why.
type Skip struct {
	Path   string
	Reason string
}

// Discovery is what the paths of a scan hold.
type Discovery struct {
	Targets []Target
	Errors  []error
	// Skipped lists the .json, .yaml and .yml files found in directories
	// that are not OpenAPI root documents, with the reason.
	Skipped []Skip
}

var specExt = map[string]bool{".json": true, ".yaml": true, ".yml": true}

// Discover expands the paths into targets: files as given, directories walked
// recursively (symlinked directories are not followed, so loops cannot
// occur) keeping .json/.yaml/.yml files that are OpenAPI root documents.
func Discover(paths []string, maxSize int64) ([]Target, []error) {
	d := DiscoverPaths(paths, maxSize)
	return d.Targets, d.Errors
}

// DiscoverPaths is Discover that also tells which files it skipped and why.
// A file in a directory is a root document when its top-level mapping has an
// openapi or swagger key, wherever the key is and however it is written
// (quoted, escaped, tagged); the file is read as a stream of tokens, never
// as a whole tree, and at most maxSize bytes of it.
func DiscoverPaths(paths []string, maxSize int64) Discovery {
	var d Discovery
	seen := map[string]bool{}
	add := func(t Target) {
		if !seen[t.Path] {
			seen[t.Path] = true
			d.Targets = append(d.Targets, t)
		}
	}
	for _, p := range paths {
		if p == Stdin || IsURL(p) {
			add(Target{Path: p, Explicit: true})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			d.Errors = append(d.Errors, DiscoverError{Path: p, Err: unwrapPathError(err)})
			continue
		}
		if !st.IsDir() {
			add(Target{Path: filepath.ToSlash(filepath.Clean(p)), Explicit: true})
			continue
		}
		found, skipped, err := walkDir(p, maxSize)
		if err != nil {
			d.Errors = append(d.Errors, DiscoverError{Path: p, Err: err})
		}
		d.Skipped = append(d.Skipped, skipped...)
		for _, f := range found {
			add(Target{Path: f})
		}
	}
	return d
}

func walkDir(root string, maxSize int64) (found []string, skipped []Skip, err error) {
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			skipped = append(skipped, Skip{Path: filepath.ToSlash(p), Reason: unwrapPathError(err).Error()})
			return nil // unreadable entries below the root are skipped
		}
		if d.IsDir() {
			name := d.Name()
			if p != root && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !specExt[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		clean := filepath.ToSlash(filepath.Clean(p))
		if !d.Type().IsRegular() {
			// A symlink to a file is followed (to a directory it is not,
			// so that loops cannot occur); FIFOs and devices are skipped.
			if st, err := os.Stat(p); err != nil || !st.Mode().IsRegular() {
				skipped = append(skipped, Skip{Path: clean, Reason: "not a regular file"})
				return nil
			}
		}
		if reason := rootReason(p, maxSize); reason != "" {
			skipped = append(skipped, Skip{Path: clean, Reason: reason})
			return nil
		}
		found = append(found, clean)
		return nil
	})
	sort.Strings(found)
	return found, skipped, err
}
