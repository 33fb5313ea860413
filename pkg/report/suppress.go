package report

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/bmatcuk/doublestar/v4"
)

// AnyRule in an ignore entry matches every rule.
const AnyRule = "*"

// Suppression kinds.
const (
	KindInline   = "inline"
	KindConfig   = "config"
	KindBaseline = "baseline"
)

// Ignore is an inline suppression: the x-oasguard-ignore map (rule id or "*"
// to reason) of the object at Pointer in File. It covers that object and
// everything below it.
type Ignore struct {
	File    string
	Pointer string
	Rules   map[string]string
	// Overridden is set when inline ignores are off (--no-inline-ignores,
	// --untrusted): the document's author does not decide what is reported.
	// The findings it covers stay reported, marked, and a warning names it.
	Overridden bool
}

// ApplyInline suppresses the findings covered by an inline ignore. Entries
// with an empty reason are skipped (the loader reports them). Findings that
// are already suppressed keep their suppression. It returns a warning for
// each overridden ignore that covers findings, and for each "*" entry, which
// silences every rule below it.
func ApplyInline(findings []Finding, ignores []Ignore) []string {
	counts := make([]int, len(ignores))
	for i := range findings {
		f := &findings[i]
		if f.Suppressed() {
			continue
		}
		for j, ig := range ignores {
			if !sameFile(f.File, ig.File) || !PointerCovers(ig.Pointer, f.Pointer) {
				continue
			}
			reason, ok := inlineReason(ig.Rules, f.RuleID)
			if !ok {
				continue
			}
			counts[j]++
			if ig.Overridden {
				f.Message += fmt.Sprintf(" [not suppressed: x-oasguard-ignore at %s is overridden, inline ignores are off]", pointerText(ig.Pointer))
			} else {
				f.Suppression = &Suppression{Kind: KindInline, Reason: reason}
			}
			break
		}
	}
	return inlineWarnings(ignores, counts)
}

// inlineWarnings reports the overridden ignores that covered findings and
// every "*" entry.
func inlineWarnings(ignores []Ignore, counts []int) []string {
	var out []string
	for j, ig := range ignores {
		at := fmt.Sprintf("%s: x-oasguard-ignore at %s", ig.File, pointerText(ig.Pointer))
		switch {
		case ig.Overridden && counts[j] > 0:
			out = append(out, fmt.Sprintf("%s not applied (inline ignores are off): %d finding(s) it covers are reported", at, counts[j]))
		case !ig.Overridden && strings.TrimSpace(ig.Rules[AnyRule]) != "":
			out = append(out, fmt.Sprintf("%s ignores every rule (\"*\"): %d finding(s) suppressed (--no-inline-ignores to report them)", at, counts[j]))
		}
	}
	return out
}

// pointerText shows a pointer, the root as "/".
func pointerText(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// inlineReason finds the reason for rule in an x-oasguard-ignore map: its own
// entry first, then "*". Empty reasons do not count.
func inlineReason(rules map[string]string, rule string) (string, bool) {
	for _, k := range []string{rule, AnyRule} {
		if r := strings.TrimSpace(rules[k]); r != "" {
			return r, true
		}
	}
	return "", false
}

// ConfigIgnore is one ignore entry of the configuration file, already
// validated (see config.Config.Ignores).
type ConfigIgnore struct {
	Rule    string   // rule id or "*"
	Files   []string // doublestar globs; empty matches every file
	Pointer string   // optional: only at or under this pointer
	Reason  string   // mandatory: entries without one are skipped
	Expires time.Time
	// Source names where the entry is declared, e.g. ".oasguard.yaml:12".
	Source string
}

// ApplyConfig suppresses the findings matched by a configuration ignore and
// returns warnings: expired entries (which no longer apply), entries without
// a reason and entries with a malformed glob. An entry applies up to the day
// before Expires; from that date (UTC midnight) on it has expired. Findings
// that are already suppressed keep their suppression.
func ApplyConfig(findings []Finding, ignores []ConfigIgnore, now time.Time) []string {
	var warnings []string
	var active []ConfigIgnore
	for _, ig := range ignores {
		if w := ig.problem(now); w != "" {
			warnings = append(warnings, w)
			continue
		}
		active = append(active, ig)
	}
	for i := range findings {
		f := &findings[i]
		if f.Suppressed() {
			continue
		}
		for _, ig := range active {
			if ig.matches(f) {
				f.Suppression = &Suppression{Kind: KindConfig, Reason: ig.Reason}
				break
			}
		}
	}
	return warnings
}

// problem says why an entry cannot apply, or returns "".
func (ig ConfigIgnore) problem(now time.Time) string {
	switch {
	case strings.TrimSpace(ig.Reason) == "":
		return fmt.Sprintf("%signore for rule %s has no reason and does not apply", ig.prefix(), ig.Rule)
	case !ig.Expires.IsZero() && !now.Before(ig.Expires):
		return fmt.Sprintf("%signore for rule %s on %s expired on %s and no longer applies",
			ig.prefix(), ig.Rule, ig.filesText(), ig.Expires.Format(time.DateOnly))
	}
	for _, g := range ig.Files {
		if !doublestar.ValidatePattern(g) {
			return fmt.Sprintf("%signore for rule %s has an invalid glob %q and does not apply", ig.prefix(), ig.Rule, g)
		}
	}
	return ""
}

func (ig ConfigIgnore) prefix() string {
	if ig.Source == "" {
		return ""
	}
	return ig.Source + ": "
}

func (ig ConfigIgnore) filesText() string {
	if len(ig.Files) == 0 {
		return "all files"
	}
	return strings.Join(ig.Files, ", ")
}

func (ig ConfigIgnore) matches(f *Finding) bool {
	if ig.Rule != AnyRule && ig.Rule != f.RuleID {
		return false
	}
	if !PointerCovers(ig.Pointer, f.Pointer) {
		return false
	}
	if len(ig.Files) == 0 {
		return true
	}
	for _, g := range ig.Files {
		if MatchFile(g, f.File) {
			return true
		}
	}
	return false
}

// MatchFile matches a file as reported against a doublestar glob ("**"
// crosses directories). The path is slash-separated and cleaned ("./a.yaml"
// is "a.yaml"); a glob without "/" also matches the base name, so
// "legacy-*.yaml" matches "specs/legacy-v1.yaml".
func MatchFile(glob, file string) bool {
	p := cleanPath(file)
	g := strings.TrimPrefix(filepath.ToSlash(glob), "./")
	if ok, _ := doublestar.Match(g, p); ok {
		return true
	}
	if !strings.Contains(g, "/") {
		ok, _ := doublestar.Match(g, path.Base(p))
		return ok
	}
	return false
}

func cleanPath(file string) string {
	return path.Clean(filepath.ToSlash(file))
}

func sameFile(a, b string) bool { return cleanPath(a) == cleanPath(b) }

// PointerCovers reports whether pointer equals prefix or lies under it, on
// whole segments: "/paths/~1a" covers "/paths/~1a/get" but not "/paths/~1ab". The
// root pointer "" covers everything.
func PointerCovers(prefix, pointer string) bool {
	return prefix == "" || pointer == prefix || strings.HasPrefix(pointer, prefix+"/")
}
