package diff

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/output"
	"github.com/oasguard/oasguard/pkg/report"
)

// exampleReport compares the specs-examples/diff pair.
func exampleReport(t *testing.T) (*report.Report, *Section) {
	t.Helper()
	k := kit(t)
	ctx := context.Background()
	old, err := Load(ctx, k.eng, Source{Arg: "old", Path: "../../specs-examples/diff/old.yaml"}, loadOpts("../.."))
	if err != nil {
		t.Fatal(err)
	}
	new, err := Load(ctx, k.eng, Source{Arg: "new", Path: "../../specs-examples/diff/new.yaml"}, loadOpts("../.."))
	if err != nil {
		t.Fatal(err)
	}
	r := Compare(*old, *new, k.cls)
	return Report(r, old, new, report.Tool{Name: "oasguard", Version: "test"})
}

// TestExamplePair checks that the example pair shows every regression kind
// (except the loosened alternative), located in NEW.
func TestExamplePair(t *testing.T) {
	rep, sec := exampleReport(t)
	seen := map[string]int{}
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.RuleID, regressionRulePrefix) {
			seen[f.RuleID]++
			if !strings.HasSuffix(f.File, "new.yaml") || f.Line < 1 || f.Title == "" || len(f.OWASP) == 0 || len(f.CWE) == 0 || f.Remediation == "" {
				t.Errorf("regression finding %+v", f)
			}
		}
	}
	for _, k := range Kinds() {
		if k != RequirementLoosened && seen[k.RuleID()] == 0 {
			t.Errorf("example pair shows no %s (saw %v)", k, seen)
		}
	}
	if sec.Regressions != len(seenAll(seen)) || sec.Disappeared != len(sec.DisappearedFindings) || sec.Disappeared == 0 {
		t.Errorf("section counts %+v vs %v", sec, seen)
	}
	if rep.Summary.Files != 2 || rep.Summary.Findings != sec.Appeared+sec.Regressions {
		t.Errorf("summary %+v, section %+v", rep.Summary, sec)
	}
}

func seenAll(m map[string]int) []string {
	var out []string
	for id, n := range m {
		for range n {
			out = append(out, id)
		}
	}
	return out
}

func TestWriteJSONKeepsReportFields(t *testing.T) {
	rep, sec := exampleReport(t)
	f, err := output.New("json", output.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var plain, withDiff bytes.Buffer
	if err := f.Format(&plain, rep); err != nil {
		t.Fatal(err)
	}
	if err := output.WriteDiff(&withDiff, f, "json", rep, sec); err != nil {
		t.Fatal(err)
	}
	var a, b map[string]json.RawMessage
	if err := json.Unmarshal(plain.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(withDiff.Bytes(), &b); err != nil {
		t.Fatalf("diff JSON is invalid: %v\n%s", err, withDiff.String())
	}
	for k, v := range a {
		if !bytes.Equal(compact(t, v), compact(t, b[k])) {
			t.Errorf("field %q changed", k)
		}
	}
	var d Section
	if err := json.Unmarshal(b["diff"], &d); err != nil {
		t.Fatal(err)
	}
	if d.New != sec.New || d.Disappeared != len(d.DisappearedFindings) || d.Regressions != sec.Regressions {
		t.Errorf("diff field = %+v", d)
	}
}

func compact(t *testing.T, raw json.RawMessage) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWriteHumanFormatsListDisappeared(t *testing.T) {
	rep, sec := exampleReport(t)
	gone := sec.DisappearedFindings[0]
	for _, format := range []string{"table", "markdown"} {
		f, err := output.New(format, output.Options{Rules: Rules()})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := output.WriteDiff(&buf, f, format, rep, sec); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, gone.RuleID) || !strings.Contains(out, fmt.Sprintf("%d appeared, ", sec.Appeared)) || !strings.Contains(out, "diff-scope-dropped") {
			t.Errorf("%s output lacks the comparison:\n%s", format, out)
		}
	}
	// The other formats render the report.
	for _, format := range output.Names() {
		f, err := output.New(format, output.Options{Rules: Rules()})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := output.WriteDiff(&buf, f, format, rep, sec); err != nil || buf.Len() == 0 {
			t.Errorf("%s: %v (%d bytes)", format, err, buf.Len())
		}
	}
}

func TestRegressionsHonourInlineIgnores(t *testing.T) {
	old := doc(`servers: [{url: "https://api.example.com"}]
paths: {}`)
	new := doc(`servers:
  - url: http://api.example.com
    x-oasguard-ignore: {diff-server-cleartext: "internal network only"}
paths: {}`)
	oldSide, newSide := docSide(t, old), docSide(t, new)
	r := Compare(oldSide, newSide, kit(t).cls)
	rep, _ := Report(r, &oldSide, &newSide, report.Tool{})
	if len(rep.Findings) != 1 || !rep.Findings[0].Suppressed() || rep.Failing(report.Info) {
		t.Errorf("findings %+v", rep.Findings)
	}
}

func TestClassifier(t *testing.T) {
	cl, err := kit(t).cls.Classify(
		[]string{"password", "has_password", "card_number", "ssn", "nickname", "client_secret", "access_token"},
		[]string{"localhost", "127.0.0.1", "api.example.com"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"password": "password", "card_number": "payment card data", "ssn": "government id", "client_secret": "secret"}
	if len(cl.Sensitive) != len(want) {
		t.Errorf("sensitive = %v, want %v", cl.Sensitive, want)
	}
	for k, v := range want {
		if cl.Sensitive[k] != v {
			t.Errorf("%s: %q, want %q", k, cl.Sensitive[k], v)
		}
	}
	if !cl.Loopback["localhost"] || !cl.Loopback["127.0.0.1"] || cl.Loopback["api.example.com"] {
		t.Errorf("loopback = %v", cl.Loopback)
	}
}
