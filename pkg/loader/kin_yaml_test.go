package loader

import (
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"
)

// TestKinDataKeepsJSONContent: the block-style rewrite handed to
// kin-openapi holds exactly the JSON document's values, whatever the strings
// and keys contain.
func TestKinDataKeepsJSONContent(t *testing.T) {
	long := strings.Repeat("k", 2000)
	doc := `{
		"openapi": "3.1.0",
		"": "empty key",
		"<<": {"a": 1},
		"` + long + `": {"nested": [1, [2, [3]], {}, [], {"x": null}]},
		"strings": ["true", "1", "null", "~", "yes", "", " lead", "trail ", "a: b", "- c", "# d", "'e'",
			"quote \" back \\ slash / tab \t nl \n cr \r", "\u0000\u0007\u001b\u007f", "\u0085 \u2028 \u2029 \ufeff",
			"ünïcödé 日本 😀", "{\"json\": [1]}", "&anchor", "*alias", "!tag", "%directive", "@at", "` + "`" + `tick"],
		"numbers": [0, -0, 1.5, -2.25e-3, 1E5, 12345678901234567890, 3.0],
		"literals": [true, false, null],
		"emptyMap": {}, "emptyList": [],
		"deep": {"a": {"b": {"c": [{"d": [{"e": "f"}]}]}}}
	}`
	f, _, err := parseData("doc.json", []byte(doc), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var want, got any
	if err := yaml.Unmarshal([]byte(doc), &want); err != nil {
		t.Fatal(err)
	}
	out := kinData(f)
	if err := yaml.Unmarshal(out, &got); err != nil {
		t.Fatalf("rewritten document does not parse: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("rewritten document differs:\nwant %#v\ngot  %#v\n%s", want, got, out)
	}
}

func TestKinDataLeavesYAMLAsWritten(t *testing.T) {
	data := []byte("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
	f, _, err := parseData("doc.yaml", data, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if got := kinData(f); string(got) != string(data) {
		t.Errorf("YAML file rewritten:\n%s", got)
	}
}
