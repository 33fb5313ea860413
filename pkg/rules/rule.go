// Package rules reads Rego rule modules, decodes their METADATA annotations
// into typed rules and validates them.
package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/oasguard/oasguard/pkg/report"
)

// PackagePrefix is the package every rule lives under.
const PackagePrefix = "oasguard.rules."

// Rule is the metadata of one rule, decoded from its package's METADATA.
type Rule struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Severity    report.Severity `json:"severity"`
	OWASP       []string        `json:"owasp"`
	CWE         []int           `json:"cwe"`
	Remediation string          `json:"remediation"`
	References  []string        `json:"references"`
	// Ruleset is recommended (the default run) or all (only with --ruleset
	// all); METADATA custom.ruleset, recommended when absent.
	Ruleset string `json:"ruleset"`
	// Supersedes are the rules whose finding on the same node (file and
	// pointer) this rule's finding replaces: it says the same, more
	// specifically (METADATA custom.supersedes).
	Supersedes []string `json:"supersedes,omitempty"`
	// Package is the Rego package path, e.g. oasguard.rules.auth.basic_auth.
	Package string `json:"package"`
	// File is the module the rule was read from.
	File string `json:"file"`
	// Builtin is false for rules loaded with --rules.
	Builtin bool `json:"builtin"`
}

// The rulesets. Recommended holds the weaknesses a security reviewer acts on
// and runs by default; all adds documentation completeness and hygiene.
const (
	RulesetRecommended = "recommended"
	RulesetAll         = "all"
)

// Rulesets lists the valid ruleset names.
func Rulesets() []string { return []string{RulesetRecommended, RulesetAll} }

// InRuleset reports whether the rule runs under the named ruleset: all runs
// every rule, recommended only the recommended ones.
func (r Rule) InRuleset(name string) bool {
	return name == RulesetAll || r.Ruleset == RulesetRecommended
}

// Query is the Rego reference to the rule's findings.
func (r Rule) Query() string { return "data." + r.Package + ".findings" }

// KnownCustomKeys lists every key a rule's METADATA may have under custom:
// a custom rule with another key is refused (a typo such as `serverity`
// would otherwise be dropped in silence). Built-in rules use the same keys.
// Add a key here when a rule starts to use one.
var KnownCustomKeys = []string{"id", "severity", "owasp", "cwe", "remediation", "ruleset", "supersedes"}

var (
	idPattern    = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	owaspPattern = regexp.MustCompile(`^API([1-9]|10):2023$`)
)

// FromModule decodes the rule defined by a module's package annotation, as
// a built-in rule.
func FromModule(file string, m *ast.Module) (Rule, error) { return fromModule(file, m, true) }

// fromModule decodes a rule. A custom rule (builtin false) may leave out
// the OWASP category and CWE (a governance rule has none), and may not use
// a custom key outside KnownCustomKeys.
func fromModule(file string, m *ast.Module, builtin bool) (Rule, error) {
	pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
	r := Rule{Package: pkg, File: file, Builtin: builtin}
	a := packageAnnotation(m)
	if a == nil {
		return r, fmt.Errorf("%s: package %s has no METADATA annotation", file, pkg)
	}
	r.Title = strings.TrimSpace(a.Title)
	r.Description = strings.TrimSpace(a.Description)
	for _, rr := range a.RelatedResources {
		r.References = append(r.References, rr.Ref.String())
	}
	c := a.Custom
	if !builtin {
		if err := checkCustomKeys(c); err != nil {
			return r, fmt.Errorf("%s:%d: rule %s: %w", file, a.Location.Row, pkg, err)
		}
	}
	r.ID = str(c["id"])
	r.Severity = report.Severity(strings.ToLower(str(c["severity"])))
	r.Remediation = strings.TrimSpace(str(c["remediation"]))
	r.OWASP = strList(c["owasp"])
	r.Ruleset = strings.ToLower(str(c["ruleset"]))
	if r.Ruleset == "" {
		r.Ruleset = RulesetRecommended
	}
	r.Supersedes = strList(c["supersedes"])
	cwe, err := intList(c["cwe"])
	if err != nil {
		return r, fmt.Errorf("%s:%d: %w", file, a.Location.Row, err)
	}
	r.CWE = cwe
	if err := r.Validate(); err != nil {
		return r, fmt.Errorf("%s:%d: %w", file, a.Location.Row, err)
	}
	return r, nil
}

// checkCustomKeys refuses METADATA custom keys outside KnownCustomKeys.
func checkCustomKeys(c map[string]any) error {
	var unknown []string
	for k := range c {
		if !slices.Contains(KnownCustomKeys, k) {
			unknown = append(unknown, "custom."+k)
		}
	}
	if len(unknown) > 0 {
		return fmt.Errorf("unknown METADATA key %s (known: custom.%s)", strings.Join(sorted(unknown), ", "),
			strings.Join(KnownCustomKeys, ", custom."))
	}
	return nil
}

// DefinesFindings tells whether a module defines the findings rule the
// engine queries.
func DefinesFindings(m *ast.Module) bool {
	for _, r := range m.Rules {
		if ref := r.Head.Ref(); len(ref) > 0 && ref[0].Value.Compare(ast.Var("findings")) == 0 {
			return true
		}
	}
	return false
}

// Validate checks the metadata every rule must carry; OWASP categories are
// required of built-in rules only.
func (r Rule) Validate() error {
	var missing []string
	for name, v := range map[string]string{"custom.id": r.ID, "title": r.Title, "custom.remediation": r.Remediation, "custom.severity": string(r.Severity)} {
		if v == "" {
			missing = append(missing, name)
		}
	}
	if len(r.OWASP) == 0 && r.Builtin {
		missing = append(missing, "custom.owasp")
	}
	if len(missing) > 0 {
		return fmt.Errorf("rule %s: missing METADATA %s", r.Package, strings.Join(sorted(missing), ", "))
	}
	if !idPattern.MatchString(r.ID) {
		return fmt.Errorf("rule %s: id %q is not kebab-case", r.Package, r.ID)
	}
	if r.Severity.Rank() == 0 {
		return fmt.Errorf("rule %s: unknown severity %q", r.ID, r.Severity)
	}
	for _, o := range r.OWASP {
		if !owaspPattern.MatchString(o) {
			return fmt.Errorf("rule %s: owasp %q is not an OWASP API Top 10 2023 category (API1:2023 … API10:2023)", r.ID, o)
		}
	}
	if r.Ruleset != RulesetRecommended && r.Ruleset != RulesetAll {
		return fmt.Errorf("rule %s: unknown ruleset %q (valid: %s, %s)", r.ID, r.Ruleset, RulesetRecommended, RulesetAll)
	}
	for _, id := range r.Supersedes {
		if !idPattern.MatchString(id) || id == r.ID {
			return fmt.Errorf("rule %s: supersedes %q is not another rule's id", r.ID, id)
		}
	}
	if !strings.HasPrefix(r.Package, PackagePrefix) {
		return fmt.Errorf("rule %s: package %s is not under %s", r.ID, r.Package, PackagePrefix)
	}
	return nil
}

func packageAnnotation(m *ast.Module) *ast.Annotations {
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			return a
		}
	}
	return nil
}
