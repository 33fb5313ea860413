package traffic

import (
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/report"
	"github.com/oasguard/oasguard/pkg/traffic/traffictest"
)

// TestMartianHARPlantedWeaknesses records real traffic with martian's HAR
// logger in front of a test server and finds every planted weakness in it.
func TestMartianHARPlantedWeaknesses(t *testing.T) {
	har := traffictest.RecordHAR(t)
	fs, outs := run(t, Options{Captures: []string{har}, Hosts: []string{"127.0.0.1"}})
	if e := errorsOf(outs); e != "" {
		t.Errorf("unexpected file errors:\n%s", e)
	}

	shadow := want(t, fs, CheckShadow, "GET /admin/export/{id}")
	if shadow.Evidence.Count != 2 || shadow.Pointer != "/paths/~1admin~1export~1{id}/get" {
		t.Errorf("shadow grouped %d requests at %s, want 2 at the template", shadow.Evidence.Count, shadow.Pointer)
	}
	if shadow.Evidence.Entry != 7 || !strings.Contains(shadow.Message, "martian.har entry 7") {
		t.Errorf("shadow evidence %+v, message %q: want entry 7", shadow.Evidence, shadow.Message)
	}
	if shadow.Line != 9 {
		t.Errorf("shadow at line %d, want the paths key (9)", shadow.Line)
	}

	want(t, fs, CheckZombie, "DELETE /users/{id} is deprecated")
	want(t, fs, CheckZombie, "GET /v1/users is an undocumented older version (v1) of GET /users")

	unauth := want(t, fs, CheckUnauthenticated, "GET /users requires bearer")
	if unauth.Severity != report.Critical || unauth.Evidence.Count != 2 {
		t.Errorf("unauthenticated: %s, %d requests; want critical, 2 (the two without credentials)", unauth.Severity, unauth.Evidence.Count)
	}
	if len(find(fs, CheckUnauthenticated, "/users/{id}")) != 0 {
		t.Errorf("requests with a bearer token reported as unauthenticated:\n%s", dump(fs))
	}

	if f := want(t, fs, CheckUndeclared, "property ssn"); f.Severity != report.High {
		t.Errorf("ssn rated %s, want high (personal data)", f.Severity)
	}
	if f := want(t, fs, CheckUndeclared, "property password_hash"); f.Severity != report.Critical {
		t.Errorf("password_hash rated %s, want critical (secret)", f.Severity)
	}
	if f := want(t, fs, CheckUndeclared, "property team"); f.Severity != report.Low {
		t.Errorf("team rated %s, want low", f.Severity)
	}
	if f := want(t, fs, CheckUndeclared, "property ssn"); f.Pointer != "/paths/~1users~1{id}/get/responses/200" {
		t.Errorf("undeclared property at %s, want the 200 response", f.Pointer)
	}

	want(t, fs, CheckSecretInQuery, `"api_key"`)
	want(t, fs, CheckSecretInQuery, `"email"`)
	want(t, fs, CheckStatus, "GET /users/{id} answered 500")
	leak := want(t, fs, CheckErrorLeak, "GET /users/{id} answered 500")
	if !strings.Contains(leak.Message, "stack trace") || !strings.Contains(leak.Message, "Apache/2.4.41") {
		t.Errorf("error leak message %q: want the stack trace and the server version", leak.Message)
	}
	want(t, fs, CheckPlainHTTP, "127.0.0.1")
	want(t, fs, CheckCORS, "GET /users reflects a foreign Origin")
	want(t, fs, CheckInvalidRequest, "POST /orders accepted (201)")

	orphans := want(t, fs, CheckOrphans, "GET /health")
	if !strings.Contains(orphans.Message, "covered hosts 127.0.0.1") || strings.Contains(orphans.Message, "POST /orders") {
		t.Errorf("orphans: %q", orphans.Message)
	}

	for _, f := range fs {
		if f.Evidence == nil || f.Evidence.Capture == "" {
			t.Errorf("%s has no evidence", f.RuleID)
		}
		if f.File != shopSpec || f.Line == 0 {
			t.Errorf("%s at %s:%d, want a line of the spec", f.RuleID, f.File, f.Line)
		}
	}
}

// TestHostsOutOfScope leaves out requests to hosts no spec serves when the
// spec names its hosts and --host adds none.
func TestHostsOutOfScope(t *testing.T) {
	har := traffictest.RecordHAR(t)
	fs, outs := run(t, Options{Captures: []string{har}})
	if len(fs) != 0 {
		t.Errorf("findings for a host the spec does not serve:\n%s", dump(fs))
	}
	notes := strings.Join(outs[len(outs)-1].Notes, "\n")
	if !strings.Contains(notes, "skipped 10 requests to hosts no spec serves (127.0.0.1; --host adds one)") {
		t.Errorf("notes: %s", notes)
	}
}
