package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/output"
	"github.com/oasguard/oasguard/pkg/traffic"
	"github.com/oasguard/oasguard/pkg/traffic/traffictest"
)

const (
	trafficSpec   = "../../pkg/traffic/testdata/shop.yaml"
	trafficLog    = "../../pkg/traffic/testdata/combined.log"
	trafficCustom = "../../pkg/traffic/testdata/custom.log"
	trafficJSONL  = "../../pkg/traffic/testdata/shop.jsonl"
	customLogFmt  = `$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent $scheme $host ` +
		`"$http_authorization" "$http_origin" "$sent_http_access_control_allow_origin" ` +
		`"$sent_http_access_control_allow_credentials" "$sent_http_server"`
)

// planted matches every value planted in the test captures: credentials,
// cookies, tokens, keys and personal data.
var planted = regexp.MustCompile(`(?i)planted`)

// TestTrafficNeverCopiesSecrets renders every output format over captures
// with planted secrets (a martian-recorded HAR, a custom log recording the
// Authorization header, JSON lines with bodies) and looks for them.
func TestTrafficNeverCopiesSecrets(t *testing.T) {
	har := traffictest.RecordHAR(t)
	seen := capturedText(t, har)
	for _, v := range traffictest.Planted() {
		if !strings.Contains(seen, v) {
			t.Fatalf("the capture does not hold the planted value %q: the test would prove nothing", v)
		}
	}
	for _, format := range output.Names() {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "report")
			code, stdout, stderr := runApp(t, "traffic", "--spec", trafficSpec, "--host", "127.0.0.1", "--host", "api.shop.test",
				"--format", format, "--output", out, "--show-suppressed", har, trafficJSONL)
			if code != 1 {
				t.Fatalf("exit %d, want 1 (stderr %s)", code, stderr)
			}
			rep, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			for name, text := range map[string]string{"report": string(rep), "stdout": stdout, "stderr": stderr} {
				if m := planted.FindString(text); m != "" {
					i := strings.Index(strings.ToLower(text), "planted")
					t.Errorf("%s %s holds a planted value near %q", format, name, text[max(0, i-60):min(len(text), i+60)])
				}
			}
			if !strings.Contains(string(rep), "traffic-shadow-endpoint") && !strings.Contains(string(rep), "Undocumented endpoint") {
				t.Errorf("%s report lacks the findings:\n%s", format, rep)
			}
		})
	}
	// The custom log records the Authorization header in clear.
	code, stdout, stderr := runApp(t, "traffic", "--spec", trafficSpec, "--log-format", customLogFmt, "--format", "json", trafficCustom)
	if code != 1 || planted.MatchString(stdout+stderr) {
		t.Errorf("custom log: exit %d, planted value in the report: %v", code, planted.MatchString(stdout+stderr))
	}
}

// TestTrafficJSONReport checks the JSON contract of a traffic finding: the
// spec location, the evidence and the capture location in the message.
func TestTrafficJSONReport(t *testing.T) {
	code, out, stderr := runApp(t, "traffic", "--spec", trafficSpec, "--format", "json", trafficLog)
	if code != 1 {
		t.Fatalf("exit %d (stderr %s)", code, stderr)
	}
	if !strings.Contains(stderr, "combined.log: skipped 1 entry (line matches no log format)") {
		t.Errorf("stderr lacks the skipped line: %s", stderr)
	}
	var rep struct {
		Files []struct {
			Path   string   `json:"path"`
			Errors []string `json:"errors"`
		} `json:"files"`
		Findings []struct {
			RuleID   string `json:"rule_id"`
			File     string `json:"file"`
			Pointer  string `json:"pointer"`
			Line     int    `json:"line"`
			Message  string `json:"message"`
			Evidence struct {
				Capture string `json:"capture"`
				Line    int    `json:"line"`
				Count   int    `json:"count"`
				URL     string `json:"url"`
			} `json:"evidence"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range rep.Findings {
		if f.RuleID == "traffic-shadow-endpoint" && f.Pointer == "/paths/~1internal~1accounts~1{id}/get" {
			found = true
			if f.File != trafficSpec || f.Line != 9 || f.Evidence.Capture != trafficLog || f.Evidence.Line != 4 ||
				f.Evidence.Count != 2 || !strings.Contains(f.Message, "combined.log:4") {
				t.Errorf("shadow finding %+v", f)
			}
		}
	}
	if !found {
		t.Errorf("no shadow finding for /internal/accounts/{id}: %s", out)
	}
	errs := ""
	for _, f := range rep.Files {
		errs += strings.Join(f.Errors, "\n")
	}
	if !strings.Contains(errs, "skipped 1 entry (invalid URL)") {
		t.Errorf("file errors: %s", errs)
	}
}

// TestTrafficSuppressionAndExitCodes: a .oasguard.yaml ignore by pointer
// suppresses one shadow endpoint; --fail-on and bad input set the exit code
// as for scan.
func TestTrafficSuppressionAndExitCodes(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "oasguard.yaml")
	if err := os.WriteFile(cfg, []byte(`ignore:
  - rule: traffic-shadow-endpoint
    pointer: /paths/~1admin~1export
    reason: export is served by the reporting team and documented in their spec
  - rule: traffic-shadow-endpoint
    pointer: /paths/~1internal~1accounts~1{id}
    reason: internal routes blocked at the gateway
  - rule: traffic-secret-in-query
    reason: legacy clients, migration tracked in JIRA-12
rules:
  disable: [traffic-zombie-endpoint]
`), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runApp(t, "traffic", "--config", cfg, "--spec", trafficSpec, "--format", "json", trafficLog)
	if code != 0 {
		t.Errorf("exit %d with the high findings suppressed (stderr %s)", code, stderr)
	}
	if !strings.Contains(out, `"suppressed": 4`) || strings.Contains(out, "traffic-zombie-endpoint") {
		t.Errorf("suppression or disable not applied:\n%s", out)
	}
	cases := []struct {
		args []string
		want int
	}{
		{[]string{"traffic", "--spec", trafficSpec, trafficLog}, 1},
		{[]string{"traffic", "--spec", trafficSpec, "--fail-on", "critical", trafficLog}, 0},
		{[]string{"traffic", "--spec", trafficSpec, "--fail-on", "none", "missing.har", trafficLog}, 2},
		{[]string{"traffic", trafficLog}, 2},
		{[]string{"traffic", "--spec", trafficSpec}, 2},
		{[]string{"traffic", "--spec", trafficSpec, "--capture-format", "pcap", trafficLog}, 2},
		{[]string{"traffic", "--list-checks"}, 0},
	}
	for _, c := range cases {
		if code, _, stderr := runApp(t, c.args...); code != c.want {
			t.Errorf("%v: exit %d, want %d (stderr %s)", c.args, code, c.want, stderr)
		}
	}
	_, list, _ := runApp(t, "traffic", "--list-checks")
	for _, id := range []string{"traffic-shadow-endpoint", "traffic-cors-reflected-origin", "traffic-orphan-operations"} {
		if !strings.Contains(list, id) {
			t.Errorf("--list-checks lacks %s:\n%s", id, list)
		}
	}
}

// capturedText is everything the HAR reader sees in a capture: URLs,
// headers and bodies (martian writes bodies in base64).
func capturedText(t *testing.T, path string) string {
	c, err := traffic.Open(path, nil, traffic.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var b strings.Builder
	for {
		rec, err := c.Next()
		if err != nil {
			break
		}
		fmt.Fprintf(&b, "%s %v %v %s %s\n", rec.URL, rec.ReqHeader, rec.RespHeader, rec.ReqBody, rec.RespBody)
	}
	return b.String()
}
