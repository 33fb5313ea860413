package output

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTableGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    Options
	}{
		{"table", Options{}},
		{"table-suppressed", Options{ShowSuppressed: true}},
		{"table-color", Options{Color: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, tc.name, render(t, "table", tc.o, fixtureReport()))
		})
	}
	t.Run("empty", func(t *testing.T) {
		golden(t, "table-empty", render(t, "table", Options{}, emptyReport()))
	})
}

func TestTableFitsTerminalAndSortsWorstFirst(t *testing.T) {
	out := string(render(t, "table", Options{ShowSuppressed: true}, fixtureReport()))
	for _, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(line); n > DefaultWidth {
			t.Errorf("line is %d columns wide, more than %d: %q", n, DefaultWidth, line)
		}
	}
	order := []string{"│ critical", "│ high", "│ medium", "│ low", "│ info"}
	last := -1
	for _, s := range order {
		i := strings.Index(out, s)
		if i < 0 || i < last {
			t.Fatalf("%q missing or out of order in\n%s", s, out)
		}
		last = i
	}
}

func TestTableSuppressedAndColor(t *testing.T) {
	plain := string(render(t, "table", Options{}, fixtureReport()))
	if strings.Contains(plain, "/health") || strings.Contains(plain, "\x1b[") {
		t.Errorf("suppressed finding or ANSI escape in default table:\n%s", plain)
	}
	shown := string(render(t, "table", Options{ShowSuppressed: true}, fixtureReport()))
	if !strings.Contains(shown, "[suppressed inline: health") {
		t.Errorf("suppressed finding not marked:\n%s", shown)
	}
	colored := string(render(t, "table", Options{Color: true}, fixtureReport()))
	if !strings.Contains(colored, "\x1b[1;35mcritical\x1b[0m") {
		t.Errorf("critical not coloured:\n%s", colored)
	}
}

// TestTableNarrowStacksWithoutSplitting: on a narrow terminal the table
// becomes a stack of lines, and ids, locations and URLs stay whole.
func TestTableNarrowStacksWithoutSplitting(t *testing.T) {
	r := fixtureReport()
	r.Findings[0].File = "very/deeply/nested/directory/structure/of/specs/api.yaml"
	r.Findings[0].Message = "see https://example.com/a/very/long/url/that/must/stay/whole/for/copying"
	for _, width := range []int{40, 60, 100} {
		out := string(render(t, "table", Options{Width: width}, r))
		for _, whole := range []string{"very/deeply/nested/directory/structure/of/specs/api.yaml:42:5",
			"https://example.com/a/very/long/url/that/must/stay/whole/for/copying", "operation-without-security"} {
			if !strings.Contains(out, whole) {
				t.Errorf("width %d: %q was split:\n%s", width, whole, out)
			}
		}
		if width < 100 && strings.Contains(out, "│") {
			t.Errorf("width %d: not stacked:\n%s", width, out)
		}
	}
	wide := string(render(t, "table", Options{Width: 200}, r))
	if !strings.Contains(wide, "│ critical") {
		t.Errorf("width 200: not a table:\n%s", wide)
	}
}
