package output

import (
	"reflect"
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
