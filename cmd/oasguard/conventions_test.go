package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageErrorsAreOneLine: an unknown command, flag or value exits 2 with
// one line naming it and pointing to --help, never the whole help text.
func TestUsageErrorsAreOneLine(t *testing.T) {
	for _, args := range [][]string{
		{"bogus"},
		{"scan", "--bogus", clean},
		{"scan", "--format", "yaml", clean},
		{"scan", "--fail-on", "urgent", clean},
		{"scan", "--jobs", "many", clean},
		{"rules", "nope"},
		{"scan", "--rule", "no-such-rule", clean},
	} {
		code, out, errOut := runApp(t, args...)
		lines := strings.Split(strings.TrimSpace(errOut), "\n")
		if code != 2 || len(lines) != 1 || !strings.Contains(errOut, "--help") || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

// TestFlagsAfterPathsAndDoubleDash: flags work after the paths for every
// command, and -- ends them.
func TestFlagsAfterPathsAndDoubleDash(t *testing.T) {
	code, out, _ := runApp(t, "scan", clean, "--format", "json", "--fail-on=none")
	if code != 0 || !json.Valid([]byte(out)) {
		t.Fatalf("flags after the path: exit %d\n%s", code, out)
	}
	dir := t.TempDir()
	dash := filepath.Join(dir, "-api.yaml")
	data, err := os.ReadFile(clean)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dash, data, 0o644); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	t.Cleanup(func() { _ = os.Chdir(wd) })
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runApp(t, "scan", "-f", "json", "--", "-api.yaml")
	if code != 0 || !strings.Contains(out, `"path": "-api.yaml"`) {
		t.Fatalf("-- did not end the flags: exit %d\n%s\n%s", code, out, errOut)
	}
	code, _, errOut = runApp(t, "rules", "show", "operation-without-security", "--rules", filepath.Join(wd, acme))
	if code != 0 {
		t.Fatalf("rules show with a flag after the id: exit %d: %s", code, errOut)
	}
}

// TestOutputFileQuietAndVerbose: -o still gives a summary on stderr,
// --quiet prints nothing but errors, --verbose lists skipped files.
func TestOutputFileQuietAndVerbose(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r.json")
	code, stdout, errOut := runApp(t, "scan", showcase, "-o", out, "-f", "json")
	if code != 1 || stdout != "" || !strings.Contains(errOut, "findings") || !strings.Contains(errOut, out) {
		t.Errorf("-o: exit %d, stdout %q, stderr %q", code, stdout, errOut)
	}
	code, stdout, errOut = runApp(t, "scan", "--quiet", showcase)
	if code != 1 || stdout != "" || errOut != "" {
		t.Errorf("--quiet: exit %d, stdout %q, stderr %q", code, stdout, errOut)
	}
	code, _, errOut = runApp(t, "scan", "--quiet", showcase, "nope.yaml")
	if code != 2 || !strings.Contains(errOut, "nope.yaml") {
		t.Errorf("--quiet hides errors: exit %d, stderr %q", code, errOut)
	}
	dir := t.TempDir()
	_ = os.WriteFile(filepath.Join(dir, "frag.yaml"), []byte("type: object\n"), 0o644)
	_ = os.WriteFile(filepath.Join(dir, "api.yaml"), []byte(`{"info": {"title": "t", "version": "1"}, "paths": {}, "openapi": "3.0.3"}`), 0o644)
	code, _, errOut = runApp(t, "scan", "--verbose", "--fail-on", "none", dir)
	if code != 0 || !strings.Contains(errOut, "skipped "+filepath.ToSlash(filepath.Join(dir, "frag.yaml"))+": no top-level openapi or swagger key") {
		t.Errorf("--verbose: exit %d, stderr %q", code, errOut)
	}
}

// TestMinSeverityIsDisplayOnly: hiding findings changes neither the exit
// code nor the score nor the summary counts.
func TestMinSeverityIsDisplayOnly(t *testing.T) {
	_, all, _ := runApp(t, "scan", "-f", "json", showcase)
	code, some, _ := runApp(t, "scan", "-f", "json", "--min-severity", "critical", showcase)
	var a, b struct {
		Summary struct {
			Findings int
			Score    struct{ Overall int }
		}
		Findings []struct{ Severity string }
	}
	if err := json.Unmarshal([]byte(all), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(some), &b); err != nil {
		t.Fatal(err)
	}
	if code != 1 || a.Summary != b.Summary || len(b.Findings) != 0 || len(a.Findings) == 0 {
		t.Errorf("exit %d; summary %+v vs %+v; %d and %d findings listed", code, a.Summary, b.Summary, len(a.Findings), len(b.Findings))
	}
}

// TestScanByURL scans a document served on loopback: plain http only with
// --allow-http.
func TestScanByURL(t *testing.T) {
	data, err := os.ReadFile(showcase)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(data) }))
	defer srv.Close()
	u := srv.URL + "/insecure-api.yaml"
	code, _, errOut := runApp(t, "scan", "-f", "json", u)
	if code != 2 || !strings.Contains(errOut, "--allow-http") {
		t.Errorf("plain http without --allow-http: exit %d, stderr %q", code, errOut)
	}
	code, out, errOut := runApp(t, "scan", "-f", "json", "--allow-http", u)
	if code != 1 || !strings.Contains(out, `"path": "`+u+`"`) || !strings.Contains(out, "credentials-over-cleartext") {
		t.Errorf("--allow-http: exit %d, stderr %q", code, errOut)
	}
}
