package output

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/report"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func TestSARIFGolden(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	// The root is where the test runs: the golden files name it ROOT.
	portable := func(b []byte) []byte {
		return bytes.ReplaceAll(b, []byte("file://"+filepath.ToSlash(wd)), []byte("file:///ROOT"))
	}
	golden(t, "sarif", portable(render(t, "sarif", Options{Rules: fixtureRules(), Root: wd}, fixtureReport())))
	golden(t, "sarif-empty", portable(render(t, "sarif", Options{Root: wd}, emptyReport())))
}

// TestSARIFForCodeScanning: URIs relative to the repository root with a base
// id that originalUriBaseIds defines, each rule once, related locations for
// grouped findings, and executionSuccessful false when an input failed.
func TestSARIFForCodeScanning(t *testing.T) {
	r := fixtureReport()
	r.Findings[0].Occurrences = []report.Location{{File: "api.yaml", Pointer: "/paths/~1a/get", Line: 50, Column: 5}}
	wd, _ := os.Getwd()
	out := render(t, "sarif", Options{Rules: append(fixtureRules(), fixtureRules()...), Root: filepath.Dir(wd)}, r)
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Tool               struct {
				Driver struct{ Rules []struct{ ID string } }
			}
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
					} `json:"physicalLocation"`
				}
				RelatedLocations []struct {
					PhysicalLocation struct {
						Region struct{ StartLine int }
					} `json:"physicalLocation"`
				} `json:"relatedLocations"`
			}
			Invocations []struct{ ExecutionSuccessful bool }
		}
	}
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if !strings.HasSuffix(run.OriginalURIBaseIDs[srcRoot].URI, "/pkg/") {
		t.Errorf("originalUriBaseIds = %+v", run.OriginalURIBaseIDs)
	}
	seen := map[string]bool{}
	for _, rl := range run.Tool.Driver.Rules {
		if seen[rl.ID] {
			t.Errorf("rule %s listed twice", rl.ID)
		}
		seen[rl.ID] = true
	}
	loc := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation
	if loc.URIBaseID != srcRoot || !strings.HasPrefix(loc.URI, "output/") {
		t.Errorf("artifact location %+v, want relative to the root with %s", loc, srcRoot)
	}
	found := false
	for _, res := range run.Results {
		if len(res.RelatedLocations) == 1 && res.RelatedLocations[0].PhysicalLocation.Region.StartLine == 50 {
			found = true
		}
	}
	if !found {
		t.Error("occurrence not a related location")
	}
	if run.Invocations[0].ExecutionSuccessful {
		t.Error("executionSuccessful true although an input failed")
	}
}

// TestSARIFValidatesAgainstSchema checks the output against the official
// SARIF 2.1.0 JSON schema (OASIS errata01, as shipped by go-sarif).
func TestSARIFValidatesAgainstSchema(t *testing.T) {
	schema := compileSARIFSchema(t)
	for name, out := range map[string][]byte{
		"fixture":          render(t, "sarif", Options{Rules: fixtureRules()}, fixtureReport()),
		"no rule metadata": render(t, "sarif", Options{}, fixtureReport()),
		"empty":            render(t, "sarif", Options{}, emptyReport()),
	} {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := schema.Validate(doc); err != nil {
			t.Errorf("%s: not valid SARIF 2.1.0: %v", name, err)
		}
	}
}

// TestSARIFSchemaRejectsBrokenLog makes sure the validation above can fail.
func TestSARIFSchemaRejectsBrokenLog(t *testing.T) {
	schema := compileSARIFSchema(t)
	var doc map[string]any
	if err := json.Unmarshal(render(t, "sarif", Options{Rules: fixtureRules()}, fixtureReport()), &doc); err != nil {
		t.Fatal(err)
	}
	res := doc["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
	res["level"] = "critical"
	if err := schema.Validate(doc); err == nil {
		t.Error("schema accepted level \"critical\"")
	}
}

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSARIFContent(t *testing.T) {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID         string `json:"id"`
						HelpURI    string `json:"helpUri"`
						Help       struct{ Text, Markdown string }
						Properties map[string]any `json:"properties"`
					}
				}
			}
			Results []struct {
				RuleID              string `json:"ruleId"`
				RuleIndex           int    `json:"ruleIndex"`
				Level               string
				Message             struct{ Text string }
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
					LogicalLocations []struct {
						FullyQualifiedName string `json:"fullyQualifiedName"`
					} `json:"logicalLocations"`
				}
				Suppressions []struct{ Kind, Justification string }
			}
		}
	}
	r := fixtureReport()
	if err := json.Unmarshal(render(t, "sarif", Options{Rules: fixtureRules()}, r), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Results) != len(r.Findings) {
		t.Fatalf("got %d results for %d findings", len(run.Results), len(r.Findings))
	}
	levels := map[string]string{"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
	sevScore := map[string]string{"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}
	for i, res := range run.Results {
		f := r.Findings[i]
		if res.RuleID != f.RuleID || run.Tool.Driver.Rules[res.RuleIndex].ID != f.RuleID {
			t.Errorf("result %d: ruleId %q index %d, want %q", i, res.RuleID, res.RuleIndex, f.RuleID)
		}
		if res.Level != levels[string(f.Severity)] {
			t.Errorf("result %d: level %q for %s", i, res.Level, f.Severity)
		}
		loc := res.Locations[0]
		if loc.PhysicalLocation.ArtifactLocation.URI != f.File || loc.PhysicalLocation.Region.StartLine != f.Line ||
			loc.PhysicalLocation.Region.StartColumn != f.Column || loc.LogicalLocations[0].FullyQualifiedName != f.Pointer {
			t.Errorf("result %d: location %+v, want %s:%d:%d %s", i, loc, f.File, f.Line, f.Column, f.Pointer)
		}
		if res.PartialFingerprints["oasguard/v1"] != f.Fingerprint || res.Message.Text != f.Message {
			t.Errorf("result %d: fingerprint/message %v %q", i, res.PartialFingerprints, res.Message.Text)
		}
		wantSup := 0
		if f.Suppressed() {
			wantSup = 1
			kind := map[string]string{"inline": "inSource", "baseline": "external", "config": "external"}[f.Suppression.Kind]
			if len(res.Suppressions) != 1 || res.Suppressions[0].Kind != kind || res.Suppressions[0].Justification != f.Suppression.Reason {
				t.Errorf("result %d: suppressions %+v for %+v", i, res.Suppressions, f.Suppression)
			}
		}
		if len(res.Suppressions) != wantSup {
			t.Errorf("result %d: %d suppressions, want %d", i, len(res.Suppressions), wantSup)
		}
	}
	for _, rule := range run.Tool.Driver.Rules {
		if rule.ID == "operation-without-security" {
			tags, _ := rule.Properties["tags"].([]any)
			if !containsAny(tags, "API2:2023") || !containsAny(tags, "CWE-306") {
				t.Errorf("tags %v lack OWASP or CWE", tags)
			}
			if rule.Properties["security-severity"] != sevScore["high"] {
				t.Errorf("security-severity %v", rule.Properties["security-severity"])
			}
			if rule.HelpURI != "https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/" {
				t.Errorf("helpUri %q", rule.HelpURI)
			}
			if !bytes.Contains([]byte(rule.Help.Markdown), []byte("**Remediation:** Add a `security`")) {
				t.Errorf("help markdown lacks remediation: %q", rule.Help.Markdown)
			}
		}
	}
}

func containsAny(xs []any, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
