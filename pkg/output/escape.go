package output

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/oasguard/oasguard/pkg/report"
)

// This file holds the escaping every format shares. Spec text (messages,
// file names, pointers, snippets) is written by whoever wrote the spec: it
// must not steer a terminal, a CI log or a document format.

// termText makes text safe for a terminal: control characters (escape
// sequences, carriage returns, bells, C1 controls, bidi overrides) become
// visible \xNN or \u{NNNN} escapes. keepNewlines keeps '\n' as a line break
// (the table wraps on it); otherwise it is written \n.
func termText(s string, keepNewlines bool) string {
	if !needsTermEscape(s, keepNewlines) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n' && keepNewlines:
			b.WriteByte('\n')
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029':
			fmt.Fprintf(&b, `\u{%04x}`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func needsTermEscape(s string, keepNewlines bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < 0x20 || c == 0x7f {
			if c == '\n' && keepNewlines {
				continue
			}
			return true
		}
	}
	return false
}

// xmlText keeps only the characters XML 1.0 allows (tab, LF, CR and
// U+0020 and above, less surrogates and U+FFFE/U+FFFF); the others become
// visible \xNN escapes, so that JUnit output is always well-formed.
func xmlText(s string) string {
	ok := true
	for _, r := range s {
		if !xmlChar(r) {
			ok = false
			break
		}
	}
	if ok && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !xmlChar(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

// lineGuard writes through to w, putting a space before any line that
// would begin with "::": GitHub Actions runs such a line of a job's log as
// a workflow command. Every format but github is written through it.
type lineGuard struct {
	w       io.Writer
	atStart bool // the next byte starts a line
	colon   bool // the line so far is a single ':'
}

func newLineGuard(w io.Writer) *lineGuard { return &lineGuard{w: w, atStart: true} }

// Write implements io.Writer.
func (g *lineGuard) Write(p []byte) (int, error) {
	var out bytes.Buffer
	out.Grow(len(p) + 8)
	for _, c := range p {
		switch {
		case g.colon && c == ':':
			out.WriteString(" ::")
			g.colon = false
			continue
		case g.colon:
			out.WriteByte(':')
			g.colon = false
		case g.atStart && c == ':':
			g.colon, g.atStart = true, false
			continue
		}
		out.WriteByte(c)
		g.atStart = c == '\n' || c == '\r'
	}
	if _, err := g.w.Write(out.Bytes()); err != nil {
		return 0, err
	}
	return len(p), nil
}

// flush writes a ':' held back at the end of the output.
func (g *lineGuard) flush() error {
	if !g.colon {
		return nil
	}
	g.colon = false
	_, err := g.w.Write([]byte{':'})
	return err
}

// guarded is a formatter whose output goes through a lineGuard.
type guarded struct{ Formatter }

// Format implements Formatter.
func (g guarded) Format(w io.Writer, r *report.Report) error {
	lg := newLineGuard(w)
	if err := g.Formatter.Format(lg, r); err != nil {
		return err
	}
	return lg.flush()
}
