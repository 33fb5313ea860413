package loader

import "strings"

var (
	escaper   = strings.NewReplacer("~", "~0", "/", "~1")
	unescaper = strings.NewReplacer("~1", "/", "~0", "~")
)

// Escape encodes one reference token of a JSON pointer.
func Escape(tok string) string {
	if !strings.ContainsAny(tok, "~/") {
		return tok
	}
	return escaper.Replace(tok)
}

// Unescape decodes one reference token of a JSON pointer.
func Unescape(tok string) string {
	if !strings.Contains(tok, "~") {
		return tok
	}
	return unescaper.Replace(tok)
}

// Join appends reference tokens to a pointer, escaping each.
func Join(pointer string, toks ...string) string {
	n := len(pointer)
	for _, t := range toks {
		n += 1 + len(t)
	}
	var b strings.Builder
	b.Grow(n) // one allocation, unless a token needs escaping
	b.WriteString(pointer)
	for _, t := range toks {
		b.WriteByte('/')
		b.WriteString(Escape(t))
	}
	return b.String()
}

// Within reports whether pointer p equals or lies under prefix, on whole
// segments.
func Within(p, prefix string) bool {
	return p == prefix || prefix == "" || strings.HasPrefix(p, prefix+"/")
}
