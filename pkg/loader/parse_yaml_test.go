package loader

import (
	"encoding/json"
	"testing"
)

// TestYAMLNumbersBecomeJSONNumbers: every YAML number is rendered as a valid
// JSON number literal, whatever YAML spelling it had (the rule input, the
// validators and kin-openapi all read it as JSON).
func TestYAMLNumbersBecomeJSONNumbers(t *testing.T) {
	cases := map[string]string{
		"0.E0": "0", "1.": "1", ".5": "0.5", "+1": "1", "0x1F": "31", "0o17": "15", "1_000": "1000",
		"1e5": "1e5", "-0": "0", "1.5E+3": "1.5E+3", "-2.25e-3": "-2.25e-3", "12.50": "12.50",
	}
	for in, want := range cases {
		root, _, err := ParseYAML([]byte("v: "+in+"\n"), DefaultLimits())
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		n := root.Get("v")
		if n.Kind != NumberNode || n.Text != want {
			t.Errorf("%s: kind %v text %q, want number %q", in, n.Kind, n.Text, want)
		}
		if !json.Valid([]byte(n.Text)) {
			t.Errorf("%s: %q is not JSON", in, n.Text)
		}
	}
}
