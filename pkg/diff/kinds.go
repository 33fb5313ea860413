package diff

import (
	"cmp"
	"slices"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

// Kind names a comparison-only regression.
type Kind string

// The regression kinds.
const (
	SecurityRemoved      Kind = "operation-security-removed"
	ScopeDropped         Kind = "scope-dropped"
	RequirementLoosened  Kind = "security-requirement-loosened"
	NewUnauthenticated   Kind = "new-unauthenticated-operation"
	ServerCleartext      Kind = "server-cleartext"
	NewSensitiveField    Kind = "new-sensitive-response-field"
	SchemeWeakened       Kind = "security-scheme-weakened"
	regressionRulePrefix      = "diff-"
)

// RuleID is the rule id under which a regression of this kind is reported.
func (k Kind) RuleID() string { return regressionRulePrefix + string(k) }

// kindInfo is the reporting metadata of a kind.
type kindInfo struct {
	severity    report.Severity
	title       string
	description string
	owasp       []string
	cwe         []int
	remediation string
}

// kindTable describes every kind.
func kindTable() map[Kind]kindInfo {
	return map[Kind]kindInfo{
		SecurityRemoved: {report.High, "Operation lost its authentication",
			"An operation that required credentials in the old version can be called anonymously in the new one.",
			[]string{"API2:2023"}, []int{306},
			"Restore the operation's security requirement, or document why it is now public with an explicit `security: []` reviewed by the API owner."},
		ScopeDropped: {report.Medium, "OAuth2 scope no longer required",
			"A security requirement of an operation asks for fewer scopes than before: tokens with less privilege now reach it.",
			[]string{"API5:2023"}, []int{285},
			"Require the scope again, or confirm that every token without it may call the operation."},
		RequirementLoosened: {report.Medium, "Security requirement loosened",
			"An operation accepts a combination of credentials that no alternative of the old version accepted (a scheme removed from a requirement, or a new, weaker alternative).",
			[]string{"API2:2023"}, []int{287},
			"Keep every alternative at least as strong as before, or review the new alternative with the API owner."},
		NewUnauthenticated: {report.High, "New operation without authentication",
			"An operation added in the new version can be called without credentials.",
			[]string{"API2:2023"}, []int{306},
			"Add a security requirement to the new operation, or mark it public with an explicit, reviewed `security: []`."},
		ServerCleartext: {report.High, "Server moved to cleartext",
			"A server that was reached over https (or wss) is now reached over http (or ws), or a new cleartext server was added.",
			[]string{"API8:2023"}, []int{319},
			"Keep the server on TLS: use `https://` (or `wss://`) URLs, or `schemes: [https]` in Swagger 2.0."},
		NewSensitiveField: {report.Medium, "New sensitive field in a response",
			"A response schema gains a property named like a password, a secret, payment card data, a government id or a birth date, or such a property stops being writeOnly.",
			[]string{"API3:2023"}, []int{200},
			"Do not return the field, or mark it `writeOnly: true`; if it must be returned, document why and who may read it."},
		SchemeWeakened: {report.Medium, "Security scheme weakened",
			"A security scheme that operations use changed to a weaker type (oauth2 to apiKey or basic, an API key moved to the query string), or gained the implicit or password OAuth2 flow.",
			[]string{"API2:2023"}, []int{287},
			"Keep the stronger scheme, or add the weaker one under a new name and migrate operations deliberately."},
	}
}

// Kinds lists every kind, sorted.
func Kinds() []Kind {
	var out []Kind
	for k := range kindTable() {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Rules describes the regression kinds as rules (ids diff-<kind>), for
// formats that list rule metadata (SARIF, HTML).
func Rules() []rules.Rule {
	var out []rules.Rule
	table := kindTable()
	for _, k := range Kinds() {
		info := table[k]
		out = append(out, rules.Rule{
			ID: k.RuleID(), Title: info.title, Description: info.description, Severity: info.severity,
			OWASP: info.owasp, CWE: info.cwe, Remediation: info.remediation, Package: "oasguard.diff", Builtin: true,
		})
	}
	return out
}

// Regression is one comparison-only regression.
type Regression struct {
	Kind     Kind            `json:"kind"`
	Severity report.Severity `json:"severity"`
	Message  string          `json:"message"`
	// Version is the version the location is in: "new", or "old" when the
	// element was removed.
	Version string `json:"version"`
	File    string `json:"file"`
	Pointer string `json:"pointer"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
}

// Finding renders the regression as a report finding with rule id
// diff-<kind>.
func (g Regression) Finding() report.Finding {
	info := kindTable()[g.Kind]
	id := g.Kind.RuleID()
	return report.Finding{
		RuleID: id, Severity: g.Severity, Title: info.title, Message: g.Message,
		File: g.File, Pointer: g.Pointer, Line: g.Line, Column: g.Column,
		OWASP: info.owasp, CWE: info.cwe, Remediation: info.remediation,
		Fingerprint: report.Fingerprint(id, g.File, g.Pointer),
	}
}

func sortRegressions(gs []Regression) {
	slices.SortStableFunc(gs, func(a, b Regression) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Pointer, b.Pointer), cmp.Compare(a.Message, b.Message))
	})
}
