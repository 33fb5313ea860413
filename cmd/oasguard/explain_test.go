package main

import (
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	const spec = "../../specs-examples/guessable-identifier-without-security/bad.yaml"
	code, out, errOut := runApp(t, "explain", spec, "/paths/~1users~1{username}~1vehicles/get/parameters/0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"identifier of users (username, guessable, selects a principal)", `path position after collection "users"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := runApp(t, "explain", spec); code != 2 {
		t.Errorf("explain without a pointer: exit %d, want 2", code)
	}
	if code, _, errOut := runApp(t, "explain", "nope.yaml", "/"); code != 2 || !strings.Contains(errOut, "nope.yaml") {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut)
	}
}
