// Package rules reads Rego rule modules, decodes their METADATA annotations
// into typed rules and validates them.
package rules

import (
	"fmt"
	"regexp"
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

var (
	idPattern    = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	owaspPattern = regexp.MustCompile(`^API([1-9]|10):2023$`)
)

// FromModule decodes the rule defined by a module's package annotation.
func FromModule(file string, m *ast.Module) (Rule, error) {
	pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
	r := Rule{Package: pkg, File: file}
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

// Validate checks the metadata every rule must carry.
func (r Rule) Validate() error {
	var missing []string
	for name, v := range map[string]string{"custom.id": r.ID, "title": r.Title, "custom.remediation": r.Remediation, "custom.severity": string(r.Severity)} {
		if v == "" {
			missing = append(missing, name)
		}
	}
	if len(r.OWASP) == 0 {
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
