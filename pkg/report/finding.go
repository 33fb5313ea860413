// Package report holds findings, the report built from them, and the policies
// (severity order, exit code) applied to a report.
package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Severity of a rule or finding.
type Severity string

// The severities, from worst to mildest.
const (
	Critical Severity = "critical"
	High     Severity = "high"
	Medium   Severity = "medium"
	Low      Severity = "low"
	Info     Severity = "info"
)

// Severities lists every severity from worst to mildest.
var Severities = []Severity{Critical, High, Medium, Low, Info}

// Rank orders severities: critical is 5, info is 1, an unknown severity 0.
func (s Severity) Rank() int {
	for i, v := range Severities {
		if v == s {
			return len(Severities) - i
		}
	}
	return 0
}

// ParseSeverity reads a severity name, case-insensitively.
func ParseSeverity(s string) (Severity, error) {
	v := Severity(strings.ToLower(strings.TrimSpace(s)))
	if v.Rank() == 0 {
		return "", fmt.Errorf("unknown severity %q (want one of critical, high, medium, low, info)", s)
	}
	return v, nil
}

// Suppression says why a finding does not count.
type Suppression struct {
	Kind   string `json:"kind"` // inline, config or baseline
	Reason string `json:"reason"`
}

// Finding is one rule result at one location.
type Finding struct {
	RuleID      string       `json:"rule_id"`
	Severity    Severity     `json:"severity"`
	Title       string       `json:"title"`
	Message     string       `json:"message"`
	File        string       `json:"file"`
	Pointer     string       `json:"pointer"`
	Line        int          `json:"line"`
	Column      int          `json:"column"`
	OWASP       []string     `json:"owasp"`
	CWE         []int        `json:"cwe"`
	Remediation string       `json:"remediation"`
	Fingerprint string       `json:"fingerprint"`
	Suppression *Suppression `json:"suppression,omitempty"`
	// Ruleset is the ruleset the rule belongs to: recommended or all.
	Ruleset string `json:"ruleset,omitempty"`
	// Occurrences are the other places one fix at Pointer resolves, when a
	// finding was grouped (see DESIGN: one finding per fix).
	Occurrences []Location `json:"occurrences,omitempty"`
	// Evidence is the captured traffic behind a runtime finding.
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Location is one place in a scanned file.
type Location struct {
	File    string `json:"file"`
	Pointer string `json:"pointer"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
}

// Evidence locates a runtime finding in a traffic capture. URL is redacted:
// it never carries credential, token or personal-data values.
type Evidence struct {
	Capture   string `json:"capture"`
	Line      int    `json:"line,omitempty"`
	Entry     int    `json:"entry,omitempty"`
	Method    string `json:"method,omitempty"`
	URL       string `json:"url,omitempty"`
	Status    int    `json:"status,omitempty"`
	Count     int    `json:"count"`
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`
}

// Fingerprint identifies a finding independently of its line: rule, file and
// pointer. It survives edits that move the element without changing it.
func Fingerprint(ruleID, file, pointer string) string {
	sum := sha256.Sum256([]byte(ruleID + "\x00" + file + "\x00" + pointer))
	return hex.EncodeToString(sum[:8])
}

// Suppressed reports whether the finding is suppressed.
func (f *Finding) Suppressed() bool { return f.Suppression != nil }
