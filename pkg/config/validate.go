package config

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/oasguard/oasguard/pkg/report"
)

// FailNever is the fail-on value that never fails a scan on findings.
const FailNever = "none"

// RulesetNames are the valid values of ruleset (see rules.Rulesets).
func RulesetNames() []string { return []string{"recommended", "all"} }

// Validate checks the configuration and returns every problem at once, each
// naming the file and line. knownRuleIDs are the ids of the rules that can
// run (built-in and custom); when nil, rule ids are not checked.
func (c *Config) Validate(knownRuleIDs []string) error {
	if c == nil {
		return nil
	}
	v := validator{c: c, known: knownRuleIDs}
	v.ruleList(c.Rules.Enable, "rules", "enable")
	v.ruleList(c.Rules.Disable, "rules", "disable")
	for _, id := range sortedKeys(c.Severity) {
		v.rule(id, false, "severity", id)
		if _, err := report.ParseSeverity(c.Severity[id]); err != nil {
			v.add(v.line("severity", id), "severity of %s: %v", id, err)
		}
	}
	for i, ig := range c.Ignore {
		v.ignore(i, ig)
	}
	if c.FailOn != "" && c.FailOn != FailNever {
		if _, err := report.ParseSeverity(c.FailOn); err != nil {
			v.add(v.line("fail-on"), "fail-on: unknown value %q (want one of critical, high, medium, low, info, %s)", c.FailOn, FailNever)
		}
	}
	if c.MinSeverity != "" {
		if _, err := report.ParseSeverity(c.MinSeverity); err != nil {
			v.add(v.line("min-severity"), "min-severity: %v", err)
		}
	}
	if c.Profile != "" {
		if _, ok := LookupProfile(c.Profile); !ok {
			v.add(v.line("profile"), "unknown profile %q (want one of %s)", c.Profile, strings.Join(ProfileNames(), ", "))
		}
	}
	if c.Ruleset != "" && !slices.Contains(RulesetNames(), c.Ruleset) {
		v.add(v.line("ruleset"), "unknown ruleset %q (want one of %s)", c.Ruleset, strings.Join(RulesetNames(), ", "))
	}
	for i, d := range c.RuleDirs() {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			v.add(v.line("rules-dirs", i), "rules-dirs: %s is not a directory", d)
		}
	}
	slices.SortStableFunc(v.errs, func(a, b lineError) int { return a.line - b.line })
	errs := make([]error, len(v.errs))
	for i, e := range v.errs {
		errs[i] = e.err
	}
	return errors.Join(errs...)
}

type lineError struct {
	line int
	err  error
}

type validator struct {
	c     *Config
	known []string
	errs  []lineError
}

func (v *validator) add(line int, format string, args ...any) {
	loc := v.c.Path
	if line > 0 {
		loc = fmt.Sprintf("%s:%d", loc, line)
	}
	v.errs = append(v.errs, lineError{line, fmt.Errorf("%s: %s", loc, fmt.Sprintf(format, args...))})
}

func (v *validator) line(path ...any) int { return lineOf(v.c.root, path...) }

func (v *validator) ruleList(ids []string, path ...any) {
	for i, id := range ids {
		v.rule(id, false, append(path, i)...)
	}
}

// rule checks that id names a known rule ("*" too when wildcard).
func (v *validator) rule(id string, wildcard bool, path ...any) {
	switch {
	case id == "":
		v.add(v.line(path...), "missing rule id")
	case wildcard && id == report.AnyRule:
	case v.known != nil && !slices.Contains(v.known, id):
		v.add(v.line(path...), "unknown rule id %q", id)
	}
}

func (v *validator) ignore(i int, ig Ignore) {
	line := v.line("ignore", i)
	v.rule(ig.Rule, true, "ignore", i, "rule")
	if strings.TrimSpace(ig.Reason) == "" {
		v.add(line, "ignore for rule %s: reason is required", ig.Rule)
	}
	if ig.Expires != "" {
		if _, err := time.Parse(time.DateOnly, ig.Expires); err != nil {
			v.add(v.line("ignore", i, "expires"), "ignore for rule %s: expires %q is not a date (YYYY-MM-DD)", ig.Rule, ig.Expires)
		}
	}
	if ig.Pointer != "" && !strings.HasPrefix(ig.Pointer, "/") {
		v.add(v.line("ignore", i, "pointer"), "ignore for rule %s: pointer %q must start with /", ig.Rule, ig.Pointer)
	}
	for _, g := range ig.Files {
		if g == "" || !doublestar.ValidatePattern(g) {
			v.add(v.line("ignore", i, "files"), "ignore for rule %s: invalid glob %q", ig.Rule, g)
		}
	}
}

// Ignores returns the ignore entries for report.ApplyConfig. Entries whose
// expiry date does not parse never expire here: Validate reports them.
func (c *Config) Ignores() []report.ConfigIgnore {
	if c == nil {
		return nil
	}
	out := make([]report.ConfigIgnore, 0, len(c.Ignore))
	for i, ig := range c.Ignore {
		ci := report.ConfigIgnore{Rule: ig.Rule, Files: ig.Files, Pointer: ig.Pointer, Reason: strings.TrimSpace(ig.Reason), Source: c.Path}
		if line := lineOf(c.root, "ignore", i); line > 0 {
			ci.Source = fmt.Sprintf("%s:%d", c.Path, line)
		}
		if t, err := time.Parse(time.DateOnly, ig.Expires); err == nil {
			ci.Expires = t
		}
		out = append(out, ci)
	}
	return out
}

// lineOf finds the line of the node at path (mapping keys and sequence
// indices) in a parsed document; for a missing key, the line of the deepest
// node found; 0 without a document.
func lineOf(root *yaml.Node, path ...any) int {
	if root == nil {
		return 0
	}
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, p := range path {
		next := child(n, p)
		if next == nil {
			break
		}
		n = next
	}
	return n.Line
}

func child(n *yaml.Node, p any) *yaml.Node {
	switch k := p.(type) {
	case string:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				return n.Content[i+1]
			}
		}
	case int:
		if n.Kind == yaml.SequenceNode && k < len(n.Content) {
			return n.Content[k]
		}
		if n.Kind == yaml.ScalarNode && k == 0 {
			return n // a single glob written as a scalar
		}
	}
	return nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
