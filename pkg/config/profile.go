package config

import (
	"fmt"
	"slices"
	"strings"

	"github.com/oasguard/oasguard/pkg/report"
)

// DefaultProfile is used when the configuration names none.
const DefaultProfile = "partner"

// Profile adjusts rule severities to how an API is exposed.
type Profile struct {
	Name        string
	Description string
	// Adjust is tried in order; the first matching adjustment applies.
	Adjust []Adjustment
}

// Adjustment moves the severity of matching rules by Delta levels (+1 is one
// level worse), clamped to info … critical.
type Adjustment struct {
	RuleIDs []string // rules matched by id
	OWASP   []string // rules matched by any of their OWASP categories
	Delta   int
	Why     string
}

func (a Adjustment) matches(ruleID string, owasp []string) bool {
	if slices.Contains(a.RuleIDs, ruleID) {
		return true
	}
	for _, c := range owasp {
		if slices.Contains(a.OWASP, c) {
			return true
		}
	}
	return false
}

// Profiles returns the built-in profiles. They are data: docs/configuration.md
// shows them as the table ProfileTable renders.
func Profiles() []Profile {
	return []Profile{
		{
			Name:        "public",
			Description: "reachable from the internet by anyone",
			Adjust: []Adjustment{{
				RuleIDs: []string{"operation-without-security", "no-security-schemes", "security-opt-out-unexplained"},
				Delta:   +1,
				Why:     "anyone on the internet can call what is unauthenticated",
			}, {
				RuleIDs: []string{"cleartext-server", "credentials-over-cleartext", "api-key-in-query", "credential-in-url-parameter", "cors-wildcard-origin", "server-local-address"},
				Delta:   +1,
				Why:     "traffic, credentials and internal host names are exposed to the open internet",
			}, {
				RuleIDs: []string{"password-in-response", "secret-in-response", "payment-card-in-response", "government-id-in-response", "error-schema-exposes-internals"},
				Delta:   +1,
				Why:     "sensitive data and internals in responses reach any caller",
			}},
		},
		{
			Name:        DefaultProfile,
			Description: "known consumers over the internet (the default): severities as the rules define them",
		},
		{
			Name:        "internal",
			Description: "only reachable inside the organization's network",
			Adjust: []Adjustment{{
				RuleIDs: []string{"api-key-static-secret", "api-key-in-cookie"},
				Delta:   -1,
				Why:     "static API keys in headers or cookies between internal services are a common, accepted pattern",
			}, {
				OWASP: []string{"API9:2023"},
				Delta: -1,
				Why:   "inventory findings (audience, environments, private hosts) matter less for an internal API",
			}},
		},
	}
}

// ProfileNames lists the profile names.
func ProfileNames() []string {
	var names []string
	for _, p := range Profiles() {
		names = append(names, p.Name)
	}
	return names
}

// LookupProfile finds a profile by name; "" is the default profile.
func LookupProfile(name string) (Profile, bool) {
	if name == "" {
		name = DefaultProfile
	}
	for _, p := range Profiles() {
		if p.Name == name {
			return p, true
		}
	}
	return Profile{}, false
}

// SeverityFor returns the severity of a rule under this configuration: an
// explicit severity override wins; otherwise the profile adjusts def, the
// rule's own severity. owasp are the rule's OWASP categories. A nil
// configuration returns def.
func (c *Config) SeverityFor(ruleID string, owasp []string, def report.Severity) report.Severity {
	if c == nil {
		return def
	}
	if s, ok := c.Severity[ruleID]; ok {
		if v, err := report.ParseSeverity(s); err == nil {
			return v
		}
	}
	p, _ := LookupProfile(c.Profile)
	return p.severity(ruleID, owasp, def)
}

func (p Profile) severity(ruleID string, owasp []string, def report.Severity) report.Severity {
	for _, a := range p.Adjust {
		if a.matches(ruleID, owasp) {
			return Shift(def, a.Delta)
		}
	}
	return def
}

// Shift moves a severity by delta levels (+1 is worse), clamped to info …
// critical. An unknown severity is returned unchanged.
func Shift(s report.Severity, delta int) report.Severity {
	r := s.Rank()
	if r == 0 {
		return s
	}
	all := report.Severities
	r = min(max(r+delta, 1), len(all))
	return all[len(all)-r]
}

// ProfileTable renders the profiles as a Markdown table, for the docs.
func ProfileTable() string {
	var b strings.Builder
	b.WriteString("| profile | exposure | adjustment | rules | why |\n| --- | --- | --- | --- | --- |\n")
	for _, p := range Profiles() {
		if len(p.Adjust) == 0 {
			fmt.Fprintf(&b, "| `%s` | %s | none | | |\n", p.Name, p.Description)
			continue
		}
		for _, a := range p.Adjust {
			fmt.Fprintf(&b, "| `%s` | %s | %+d level | %s | %s |\n", p.Name, p.Description, a.Delta, matchText(a), a.Why)
		}
	}
	return b.String()
}

func matchText(a Adjustment) string {
	var parts []string
	for _, id := range a.RuleIDs {
		parts = append(parts, "`"+id+"`")
	}
	for _, c := range a.OWASP {
		parts = append(parts, "every "+c+" rule")
	}
	return strings.Join(parts, ", ")
}
