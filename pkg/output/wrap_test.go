package output

import (
	"reflect"
	"strings"
	"testing"
)

func TestWrapText(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  []string
	}{
		{"a bb ccc dddd", 6, []string{"a bb", "ccc", "dddd"}},
		{"abcdefghij", 4, []string{"abcdefghij"}}, // a long word (a URL) is never cut
		{"x https://e.com/long/url y", 6, []string{"x", "https://e.com/long/url", "y"}},
		{"one\ntwo three", 20, []string{"one", "two three"}},
		{"", 5, []string{""}},
		{"héllo wörld", 5, []string{"héllo", "wörld"}},
	} {
		if got := wrapText(tc.in, tc.width); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("wrapText(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}

func TestWrapIDBreaksAfterHyphens(t *testing.T) {
	got := wrapID("response-schema-without-additional-properties-false", 20)
	want := []string{"response-schema-", "without-additional-", "properties-false"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wrapID = %q, want %q", got, want)
	}
	if got := wrapID("short-id", 20); !reflect.DeepEqual(got, []string{"short-id"}) {
		t.Errorf("wrapID short = %q", got)
	}
}

func TestWrapPathBreaksAfterSlashes(t *testing.T) {
	got := wrapPath("specs-examples/api-key-in-query/bad-2.0.yaml:20:3", 20)
	want := []string{"specs-examples/", "api-key-in-query/", "bad-2.0.yaml:20:3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wrapPath = %q, want %q", got, want)
	}
}

// TestArtifactURIs: paths under the root are relative to it, with the base
// id; others are absolute file URIs.
func TestArtifactURIs(t *testing.T) {
	u := uris{root: "/repo"}
	for in, want := range map[string][2]string{
		"/repo/api.yaml":          {"api.yaml", srcRoot},
		"/repo/specs/my api.yaml": {"specs/my%20api.yaml", srcRoot},
		"/abs/path/api.yaml":      {"file:///abs/path/api.yaml", ""},
		"<stdin>":                 {"%3Cstdin%3E", ""},
	} {
		got := u.artifact(in)
		base := ""
		if got.URIBaseID != nil {
			base = *got.URIBaseID
		}
		if *got.URI != want[0] || base != want[1] {
			t.Errorf("artifact(%q) = %q base %q, want %q", in, *got.URI, base, want)
		}
	}
}

func TestCodeSegments(t *testing.T) {
	got := codeSegments("Set `maxLength` on `string`s")
	want := []textSegment{{Text: "Set "}, {Text: "maxLength", Code: true}, {Text: " on "}, {Text: "string", Code: true}, {Text: "s"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("codeSegments = %+v", got)
	}
	if got := codeSegments("odd ` tick"); len(got) != 1 || got[0].Code {
		t.Errorf("unbalanced backticks: %+v", got)
	}
}

func TestWrapPathKeepsLineAndColumnTogether(t *testing.T) {
	got := wrapPath("article_search_v2.json:13:5", 24)
	want := []string{"article_search_v2.json", ":13:5"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("wrapPath = %q, want %q", got, want)
	}
}
