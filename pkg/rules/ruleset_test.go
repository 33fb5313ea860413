package rules

import (
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// TestBuiltinRulesetsExplicit: every built-in rule names its ruleset in its
// METADATA (the policy in docs/rules.md decides it, never a default), and
// every rule it supersedes exists.
func TestBuiltinRulesetsExplicit(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, r := range set.Rules {
		a := packageAnnotation(set.Modules[r.File])
		if _, ok := a.Custom["ruleset"]; !ok {
			t.Errorf("%s: METADATA has no custom.ruleset", r.ID)
		}
		counts[r.Ruleset]++
		for _, id := range r.Supersedes {
			if _, ok := set.Lookup(id); !ok {
				t.Errorf("%s supersedes %q, which is no rule", r.ID, id)
			}
		}
	}
	if counts[RulesetRecommended] == 0 || counts[RulesetAll] == 0 {
		t.Errorf("rulesets %v: both must hold rules", counts)
	}
}

func TestInRuleset(t *testing.T) {
	rec, all := Rule{Ruleset: RulesetRecommended}, Rule{Ruleset: RulesetAll}
	if !rec.InRuleset(RulesetRecommended) || !rec.InRuleset(RulesetAll) || all.InRuleset(RulesetRecommended) || !all.InRuleset(RulesetAll) {
		t.Error("recommended runs in both rulesets, all only in all")
	}
}

func TestSupersedesMetadata(t *testing.T) {
	src := `# METADATA
# title: T
# custom:
#   id: a-rule
#   severity: low
#   owasp: [API1:2023]
#   remediation: r
#   supersedes: %s
package oasguard.rules.x.a
findings := set()
`
	for arg, want := range map[string]string{"[b-rule]": "", "[a-rule]": "not another rule", "[Bad_Id]": "not another rule"} {
		m, err := ast.ParseModuleWithOpts("a.rego", strings.Replace(src, "%s", arg, 1), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			t.Fatal(err)
		}
		r, err := FromModule("a.rego", m)
		switch {
		case want == "" && (err != nil || len(r.Supersedes) != 1 || r.Ruleset != RulesetRecommended):
			t.Errorf("%s: %v %+v", arg, err, r)
		case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
			t.Errorf("%s: want error %q, got %v", arg, want, err)
		}
	}
}
