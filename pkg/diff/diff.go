// Package diff compares two versions of an OpenAPI document: the findings
// that appear and disappear between them, and the security regressions that
// only a comparison shows (an operation that loses its security, a dropped
// scope, a server that moves to http, …).
package diff

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// Side is one version of a spec: its loaded document and its findings.
//
// Files have three names: the loader's (in Doc and its views), the plain
// name (the path relative to the current directory; the loader's name for a
// file read from the working tree) and the display name (the plain name with
// Prefix, e.g. "origin/main:api.yaml" for a git side).
type Side struct {
	// Name is the display name of the root document.
	Name string
	// Doc is the loaded document.
	Doc *loader.Document
	// Findings are the document's findings with plain file names, policy
	// applied (severity overrides, suppressions).
	Findings []report.Finding
	// File describes the document in the report (display name).
	File report.FileResult
	// Rename maps the loader's file names to plain names; names missing
	// from it are already plain.
	Rename map[string]string
	// Prefix is prepended to plain names for display ("REV:" for git).
	Prefix string
	// Warnings are policy warnings (expired ignores, …).
	Warnings []string

	absByPlain map[string]string // filled on first use
}

// Plain returns the plain name of a file named as the loader names it.
func (s *Side) Plain(file string) string {
	if n, ok := s.Rename[file]; ok {
		return n
	}
	return file
}

// Display returns the display name of a file given by its plain name.
func (s *Side) Display(plain string) string { return s.Prefix + plain }

// rootPlain is the plain name of the root document.
func (s *Side) rootPlain() string {
	if s.Doc == nil {
		return ""
	}
	return s.Plain(s.Doc.Path)
}

// relKey names a file (by its plain name) independently of where the side
// was read from: "" for the root document, else the path relative to the
// root document's directory (computed from absolute paths when known).
func (s *Side) relKey(plain string) string {
	root := s.rootPlain()
	if plain == "" || plain == root {
		return ""
	}
	from, to := filepath.Dir(filepath.FromSlash(root)), filepath.FromSlash(plain)
	if rootAbs, abs := s.absOf(root), s.absOf(plain); rootAbs != "" && abs != "" {
		from, to = filepath.Dir(rootAbs), abs
	}
	rel, err := filepath.Rel(from, to)
	if err != nil {
		return plain
	}
	return path.Clean(filepath.ToSlash(rel))
}

// absOf returns the absolute path of a file of the document given by its
// plain name, or "".
func (s *Side) absOf(plain string) string {
	if s.Doc == nil {
		return ""
	}
	if s.absByPlain == nil {
		s.absByPlain = make(map[string]string, len(s.Doc.Files))
		for name, f := range s.Doc.Files {
			s.absByPlain[s.Plain(name)] = f.Abs
		}
	}
	return s.absByPlain[plain]
}

// locate returns the display name, line and column of a pointer in a file
// named as the loader names it ("" for the root).
func (s *Side) locate(file, pointer string) (string, int, int) {
	line, col := 1, 1
	if s.Doc != nil {
		if file == "" {
			file = s.Doc.Path
		}
		line, col, _ = s.Doc.File(file).Locate(pointer)
	}
	return s.Display(s.Plain(file)), line, col
}

// Result is the comparison of two versions.
type Result struct {
	// Old and New are the display names of the two root documents.
	Old string
	New string
	// Appeared are the findings of NEW that OLD does not have (display
	// names, suppression kept).
	Appeared []report.Finding
	// Disappeared are the unsuppressed findings of OLD that NEW no longer has.
	Disappeared []report.Finding
	// Unchanged counts the unsuppressed findings present in both.
	Unchanged int
	// Regressions are the comparison-only regressions, sorted.
	Regressions []Regression
	// Skipped names the checks that could not run, with the reason.
	Skipped []string
}

// Compare compares two versions of a spec. classes classifies property
// names and hosts; when it is nil the checks that need it are skipped (and
// listed in Result.Skipped).
func Compare(old, new Side, classes Classifier) *Result {
	r := &Result{Old: old.Name, New: new.Name}
	matchFindings(r, &old, &new)
	c := &comparison{old: &old, new: &new, classes: classes}
	c.run()
	r.Regressions = c.out
	r.Skipped = c.skipped
	sortRegressions(r.Regressions)
	return r
}

// findingKey matches a finding across versions: rule, file relative to the
// root document, pointer.
func findingKey(s *Side, f *report.Finding) string {
	return f.RuleID + "\x00" + s.relKey(f.File) + "\x00" + pointerKey(f.Pointer)
}

// pointerKey erases path parameter names from a pointer into /paths, so that
// renaming /users/{id} to /users/{userId} moves no finding.
func pointerKey(p string) string {
	rest, ok := strings.CutPrefix(p, "/paths/")
	if !ok {
		return p
	}
	tmpl, tail, _ := strings.Cut(rest, "/")
	return "/paths/" + pathParam.ReplaceAllString(tmpl, "{}") + "/" + tail
}

func matchFindings(r *Result, old, new *Side) {
	oldKeys := map[string]bool{}
	for i := range old.Findings {
		oldKeys[findingKey(old, &old.Findings[i])] = true
	}
	newKeys := map[string]bool{}
	for i := range new.Findings {
		f := new.Findings[i]
		k := findingKey(new, &f)
		newKeys[k] = true
		if oldKeys[k] {
			if !f.Suppressed() {
				r.Unchanged++
			}
			continue
		}
		r.Appeared = append(r.Appeared, displayed(new, f))
	}
	for i := range old.Findings {
		f := old.Findings[i]
		if !f.Suppressed() && !newKeys[findingKey(old, &f)] {
			r.Disappeared = append(r.Disappeared, displayed(old, f))
		}
	}
	report.SortFindings(r.Appeared)
	report.SortFindings(r.Disappeared)
	if r.Disappeared == nil {
		r.Disappeared = []report.Finding{}
	}
}

// displayed gives a finding its display file name and the fingerprint a
// scan of that name would give.
func displayed(s *Side, f report.Finding) report.Finding {
	f.File = s.Display(f.File)
	f.Fingerprint = report.Fingerprint(f.RuleID, f.File, f.Pointer)
	return f
}
