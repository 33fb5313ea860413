package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/oasguard/oasguard/pkg/rules"
)

// usageErrorType marks errors that are mistakes in the command line.
type usageErrorType struct{ msg string }

func (e usageErrorType) Error() string { return e.msg }

func usageErr(format string, args ...any) error {
	return usageErrorType{msg: fmt.Sprintf(format, args...)}
}

// categoryPattern is an OWASP API Top 10 category, with or without its year.
var categoryPattern = regexp.MustCompile(`^(?i)API([1-9]|10)(:\d{4})?$`)

// selectRules applies --rule, --skip-rule and --category to the set. Every
// id and category named must exist in the set: a typo would otherwise
// select nothing and pass.
func selectRules(c *cli.Context, set *rules.Set) (*rules.Set, error) {
	only, skip, cats := c.StringSlice("rule"), c.StringSlice("skip-rule"), c.StringSlice("category")
	for _, id := range slices.Concat(only, skip) {
		if _, ok := set.Lookup(id); !ok {
			return nil, usageErr("unknown rule %q (see oasguard rules list)", id)
		}
	}
	for _, cat := range cats {
		if !categoryPattern.MatchString(cat) {
			return nil, usageErr("unknown category %q (valid: API1 to API10, optionally with the year, e.g. API1:2023)", cat)
		}
		if !slices.ContainsFunc(set.Rules, func(r rules.Rule) bool { return inCategory(r, cat) }) {
			return nil, usageErr("no rule in category %q (see oasguard rules list)", cat)
		}
	}
	if len(only)+len(skip)+len(cats) == 0 {
		return set, nil
	}
	return set.Filter(func(r rules.Rule) bool {
		if slices.Contains(skip, r.ID) {
			return false
		}
		if len(only) > 0 && !slices.Contains(only, r.ID) {
			return false
		}
		return len(cats) == 0 || slices.ContainsFunc(cats, func(cat string) bool { return inCategory(r, cat) })
	}), nil
}

// inCategory tells whether the rule maps to the category (API1 matches
// API1:2023).
func inCategory(r rules.Rule, cat string) bool {
	for _, o := range r.OWASP {
		if strings.EqualFold(o, cat) || strings.HasPrefix(strings.ToUpper(o), strings.ToUpper(cat)+":") {
			return true
		}
	}
	return false
}
