package output

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixtureRules is the metadata of the rules in fixtureReport.
func fixtureRules() []rules.Rule {
	return []rules.Rule{
		{
			ID: "operation-without-security", Title: "Operation can be called without authentication",
			Description: "The operation has no effective security requirement.",
			Severity:    report.High, OWASP: []string{"API2:2023"}, CWE: []int{306},
			Remediation: "Add a `security` requirement to the operation or to the document root.",
			References:  []string{"https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/"},
			Package:     "oasguard.rules.auth.operation_without_security", Builtin: true,
		},
		{
			ID: "api-key-in-query", Title: "API key sent in the query string",
			Description: "An apiKey security scheme is read from the query string, where it ends up in logs.",
			Severity:    report.Critical, OWASP: []string{"API2:2023", "API8:2023"}, CWE: []int{598},
			Remediation: "Send the key in a header (`in: header`).",
			Package:     "oasguard.rules.auth.api_key_in_query", Builtin: true,
		},
		{
			ID: "string-without-max-length", Title: "String without maxLength",
			Description: "A string schema used in requests has no maxLength.",
			Severity:    report.Medium, OWASP: []string{"API4:2023"}, CWE: []int{770},
			Remediation: "Set `maxLength` on every string that a client sends.",
			References:  []string{"https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/"},
			Package:     "oasguard.rules.limits.string_without_max_length", Builtin: true,
		},
		{
			ID: "server-uses-http", Title: "Server URL uses plain HTTP",
			Severity: report.Low, OWASP: []string{"API8:2023"}, CWE: []int{319},
			Remediation: "Serve the API over HTTPS only.",
			Package:     "oasguard.rules.transport.server_uses_http", Builtin: true,
		},
		{
			ID: "missing-contact-info", Title: "No contact information",
			Severity: report.Info, OWASP: []string{"API9:2023"},
			Remediation: "Add `info.contact`.",
			Package:     "oasguard.rules.inventory.missing_contact_info", Builtin: true,
		},
	}
}

func finding(rule rules.Rule, file, pointer string, line, col int, msg string) report.Finding {
	return report.Finding{
		RuleID: rule.ID, Severity: rule.Severity, Title: rule.Title, Message: msg,
		File: file, Pointer: pointer, Line: line, Column: col,
		OWASP: rule.OWASP, CWE: rule.CWE, Remediation: rule.Remediation,
		Fingerprint: report.Fingerprint(rule.ID, file, pointer),
	}
}

// fixtureReport is a small but varied report: several severities, two files,
// a file error, inline and baseline suppressions, a long message and text
// that needs escaping in every format.
func fixtureReport() *report.Report {
	rs := fixtureRules()
	noSec, apiKey, maxLen, http, contact := rs[0], rs[1], rs[2], rs[3], rs[4]
	fs := []report.Finding{
		finding(noSec, "api.yaml", "/paths/~1users~1{id}/get", 42, 5,
			"GET /users/{id} can be called without authentication (no security requirement applies)"),
		finding(apiKey, "api.yaml", "/components/securitySchemes/key", 120, 7,
			`security scheme "key" reads the API key from the query parameter "api_key"`),
		finding(maxLen, "api.yaml", "/components/schemas/User/properties/name", 88, 11,
			"property name of schema User is a string without maxLength; a client can send an arbitrarily long value, "+
				"which costs memory and time in every service that parses, stores or logs it (50% of <script>alert(1)</script> & co)"),
		finding(http, "partner/legacy.json", "/servers/0/url", 7, 14, "server http://api.example.com, plain: no TLS\nsecond line"),
		finding(contact, "partner/legacy.json", "/info", 2, 3, "info has no contact"),
		finding(noSec, "partner/legacy.json", "/paths/~1health/get", 30, 7, "GET /health can be called without authentication"),
		finding(maxLen, "api.yaml", "/components/schemas/Note/properties/body", 95, 11, "property body of schema Note is a string without maxLength"),
	}
	fs[5].Suppression = &report.Suppression{Kind: "inline", Reason: "health check is public by design"}
	fs[6].Suppression = &report.Suppression{Kind: "baseline", Reason: "in baseline .oasguard-baseline.json"}
	r := &report.Report{
		Tool: report.Tool{Name: "oasguard", Version: "1.2.3"},
		Files: []report.FileResult{
			{Path: "partner/legacy.json", OAS: "2.0", Errors: []string{`$ref "#/definitions/Missing" does not resolve`},
				Operations: 3, Unauthenticated: 1, Score: &report.Score{Overall: 71, ByOWASP: map[string]int{"API2:2023": 90, "API8:2023": 60}}},
			{Path: "api.yaml", OAS: "3.1.0", Errors: []string{}, Operations: 12, Unauthenticated: 1,
				Score: &report.Score{Overall: 58, ByOWASP: map[string]int{"API2:2023": 40, "API4:2023": 70, "API8:2023": 80}}},
		},
		Findings: fs,
	}
	r.Summary.Score = &report.Score{Overall: 58, ByOWASP: map[string]int{"API2:2023": 40, "API4:2023": 70, "API8:2023": 80}}
	r.Finalize()
	return r
}

// emptyReport is a clean scan of one file.
func emptyReport() *report.Report {
	r := &report.Report{
		Tool:  report.Tool{Name: "oasguard", Version: "1.2.3"},
		Files: []report.FileResult{{Path: "clean.yaml", OAS: "3.0.3", Errors: []string{}, Operations: 2}},
	}
	r.Finalize()
	return r
}

// fixtureSource returns the text of the fixture's files for snippets.
func fixtureSource(path string) ([]byte, error) {
	var b bytes.Buffer
	for i := 1; i <= 130; i++ {
		switch i {
		case 42:
			b.WriteString("    get:\n")
		case 88:
			b.WriteString("          name: {type: string, description: \"<b>not bold</b>\"}\n")
		default:
			b.WriteString("# " + path + " line " + strconv.Itoa(i) + "\n")
		}
	}
	return b.Bytes(), nil
}

// render formats r with the named formatter.
func render(t *testing.T, name string, o Options, r *report.Report) []byte {
	t.Helper()
	f, err := New(name, o)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Format(&b, r); err != nil {
		t.Fatalf("format %s: %v", name, err)
	}
	return b.Bytes()
}

// golden compares got with testdata/<name>.golden, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run go test -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (run go test ./pkg/output -update if intended)\n--- got ---\n%s\n--- want ---\n%s", name, path, got, want)
	}
}
