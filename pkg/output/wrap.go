package output

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// wrapText word-wraps s to lines of at most width runes. A word longer than
// width (a URL, a pointer) gets a line of its own and is never cut. Existing
// line breaks are kept.
func wrapText(s string, width int) []string {
	if width < 1 {
		width = 1
	}
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, wrapParagraph(para, width)...)
	}
	return lines
}

func wrapParagraph(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curLen = 0
	}
	for _, word := range strings.Fields(s) {
		n := utf8.RuneCountInString(word)
		if curLen > 0 && curLen+1+n > width {
			flush()
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(word)
		curLen += n
	}
	if curLen > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// wrapID wraps an identifier such as a kebab-case rule id after its hyphens.
func wrapID(id string, width int) []string { return wrapAfter(id, "-", width) }

// wrapPath wraps a file location after its slashes, keeping a trailing
// ":line:col" together so that a line number is never cut in two.
func wrapPath(p string, width int) []string {
	if utf8.RuneCountInString(p) <= width {
		return []string{p}
	}
	path, suffix := p, ""
	if m := lineCol.FindStringIndex(p); m != nil {
		path, suffix = p[:m[0]], p[m[0]:]
	}
	parts := splitAfterAny(path, "/")
	if suffix != "" {
		parts = append(parts, suffix)
	}
	return pack(parts, width)
}

var lineCol = regexp.MustCompile(`:\d+(:\d+)?$`)

// wrapAfter wraps s into lines of at most width runes, breaking after any of
// the characters in seps where possible and inside a segment otherwise.
func wrapAfter(s, seps string, width int) []string {
	if utf8.RuneCountInString(s) <= width {
		return []string{s}
	}
	return pack(splitAfterAny(s, seps), width)
}

// pack fills lines of at most width runes with parts, cutting a part only
// when it is longer than a line.
func pack(parts []string, width int) []string {
	var lines []string
	cur := ""
	for _, part := range parts {
		if cur != "" && utf8.RuneCountInString(cur+part) > width {
			lines = append(lines, cur)
			cur = ""
		}
		cur += part
		for utf8.RuneCountInString(cur) > width {
			head, tail := splitRunes(cur, width)
			lines = append(lines, head)
			cur = tail
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// splitAfterAny splits s after every occurrence of a character in seps.
func splitAfterAny(s, seps string) []string {
	var parts []string
	start := 0
	for i, r := range s {
		if strings.ContainsRune(seps, r) {
			parts = append(parts, s[start:i+utf8.RuneLen(r)])
			start = i + utf8.RuneLen(r)
		}
	}
	if start < len(s) {
		parts = append(parts, s[start:])
	}
	return parts
}

func splitRunes(s string, n int) (string, string) {
	r := []rune(s)
	return string(r[:n]), string(r[n:])
}
