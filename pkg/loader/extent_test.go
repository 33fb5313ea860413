package loader

import (
	"errors"
	"testing"
)

func TestExtentYAML(t *testing.T) {
	data := "openapi: 3.0.3\ninfo:\n  title: \"Café ☕ API\"\n  x-note: 'it''s'  # c\n  description: |\n    line one\n    line two\n\n  version: v1\nservers:\n  - url: http://ünï.example\nflow: {a: 1, b: [x, y]}\n"
	f, err := ParseText("a.yaml", []byte(data), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	loc := NewLocator(f)
	cases := []struct{ ptr, key, value string }{
		{"/info/title", "title", `"Café ☕ API"`},
		{"/info/x-note", "x-note", `'it''s'`},
		{"/info/description", "description", "|\n    line one\n    line two"},
		{"/servers/0/url", "url", "http://ünï.example"},
		{"/flow/a", "a", "1"},
		{"/flow/b/1", "", "y"},
		{"/info", "info", "title: \"Café ☕ API\""},
	}
	for _, c := range cases {
		_, e, exact := loc.Extent(c.ptr)
		if !exact {
			t.Errorf("%s: not exact", c.ptr)
		}
		if got := data[e.KeyStart:e.KeyEnd]; e.HasKey != (c.key != "") || got != c.key {
			t.Errorf("%s: key %q, want %q", c.ptr, got, c.key)
		}
		if got := data[e.ValueStart:e.ValueEnd]; got != c.value {
			t.Errorf("%s: value %q, want %q", c.ptr, got, c.value)
		}
	}
	if _, e, exact := loc.Extent("/info/missing"); exact || data[e.KeyStart:e.KeyEnd] != "info" {
		t.Errorf("unresolved pointer: exact %v, key %q", exact, data[e.KeyStart:e.KeyEnd])
	}
}

func TestExtentJSON(t *testing.T) {
	data := `{"openapi": "3.1.0", "info": {"title": "Ünï \"q\"", "n": -1.5e3, "ok": true}}`
	f, err := ParseText("a.json", []byte(data), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	loc := NewLocator(f)
	for ptr, want := range map[string][2]string{
		"/info/title": {`"title"`, `"Ünï \"q\""`},
		"/info/n":     {`"n"`, "-1.5e3"},
		"/info/ok":    {`"ok"`, "true"},
	} {
		_, e, _ := loc.Extent(ptr)
		if data[e.KeyStart:e.KeyEnd] != want[0] || data[e.ValueStart:e.ValueEnd] != want[1] {
			t.Errorf("%s: %q %q", ptr, data[e.KeyStart:e.KeyEnd], data[e.ValueStart:e.ValueEnd])
		}
	}
}

func TestParseTextSyntaxPosition(t *testing.T) {
	for name, c := range map[string]struct {
		data      string
		line, col int
	}{
		"a.yaml": {"openapi: 3.0.0\ninfo:\n  title: [ünï\n", 4, 1},
		"b.yaml": {"openapi: 3.0.0\n  bad: : x\n", 2, 6},
		"c.json": {"{\"openapi\": \"3.0.0\",\n \"info\": {,}}", 2, 11},
	} {
		_, err := ParseText(name, []byte(c.data), Limits{})
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%s: %v is not a SyntaxError", name, err)
			continue
		}
		if se.Line != c.line || se.Column != c.col {
			t.Errorf("%s: at %d:%d, want %d:%d (%v)", name, se.Line, se.Column, c.line, c.col, err)
		}
	}
}
