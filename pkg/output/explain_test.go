package output

import (
	"strings"
	"testing"

	"github.com/oasguard/oasguard/pkg/semantic"
)

func TestExplanation(t *testing.T) {
	var b strings.Builder
	cs := []semantic.Conclusion{{Subject: `path input "id" of GET /users/{id}`, Statement: "identifier of users (integer, guessable)",
		Evidence: []string{`path position after collection "users"`, "type integer"}}}
	if err := Explanation(&b, "api.yaml", "/p/schema", "/p", cs); err != nil {
		t.Fatal(err)
	}
	want := "api.yaml#/p\n  (nothing about /p/schema itself; showing its nearest explained ancestor)\n" +
		"path input \"id\" of GET /users/{id}\n  - identifier of users (integer, guessable), from path position after collection \"users\"; type integer\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	_ = Explanation(&b, "api.yaml", "/x", "/x", []semantic.Conclusion{{Subject: "s\x1b[31m", Statement: "t"}})
	if strings.Contains(b.String(), "\x1b") {
		t.Errorf("control character printed: %q", b.String())
	}
	b.Reset()
	_ = Explanation(&b, "api.yaml", "/x", "/x", nil)
	if !strings.Contains(b.String(), "concluded nothing") {
		t.Errorf("empty explanation = %q", b.String())
	}
}
