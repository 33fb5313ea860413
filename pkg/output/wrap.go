package output

import (
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
