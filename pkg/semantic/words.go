package semantic

import (
	"strings"
	"unicode"
)

// Words splits an identifier into lower-case words at case changes and at
// every character that is not a letter or digit, as the rule library's
// data_words does: "clientSecret", "client_secret", "Client-Secret" and
// "CLIENT.SECRET" all give ["client", "secret"]; "APIKey" gives ["api", "key"].
func Words(name string) []string {
	rs := []rune(name)
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if i > 0 && unicode.IsUpper(r) && len(cur) > 0 {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// joined is the name's words glued together: "user_ID" -> "userid".
func joined(name string) string { return strings.Join(Words(name), "") }

// last is the last word of ws, or "".
func last(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// before is the word before the last one, or "".
func before(ws []string) string {
	if len(ws) < 2 {
		return ""
	}
	return ws[len(ws)-2]
}

// hasAny reports whether some word of ws is in set.
func hasAny(ws []string, set map[string]bool) string {
	for _, w := range ws {
		if set[w] {
			return w
		}
	}
	return ""
}

// adjacent reports whether ws holds a immediately followed by b.
func adjacent(ws []string, a, b string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == a && ws[i+1] == b {
			return true
		}
	}
	return false
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// flagPrefixes open names of flags about a thing, not the thing itself
// ("has_password", "isSecret").
var flagPrefixes = set("has", "is", "can", "should", "must", "require", "requires", "required", "needs",
	"allow", "allows", "enable", "enabled", "use", "uses", "show", "hide", "include", "includes")

func flagName(ws []string) bool { return len(ws) > 0 && flagPrefixes[ws[0]] }

// pathSegments are the non-empty segments of a path template.
func pathSegments(path string) []string {
	var out []string
	for _, s := range strings.Split(path, "/") {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// isParamSegment reports whether a segment is a whole template parameter
// ("{id}") and returns its name.
func isParamSegment(seg string) (string, bool) {
	if len(seg) > 2 && seg[0] == '{' && seg[len(seg)-1] == '}' && !strings.ContainsAny(seg[1:len(seg)-1], "{}") {
		return seg[1 : len(seg)-1], true
	}
	return "", false
}

// pathWords are the words of a path's literal segments, and each literal
// segment glued ("/sign-up/{id}" -> sign, up, signup).
func pathWords(path string) []string {
	var out []string
	for _, seg := range pathSegments(path) {
		if strings.Contains(seg, "{") {
			continue
		}
		ws := Words(seg)
		out = append(out, ws...)
		if len(ws) > 1 {
			out = append(out, strings.Join(ws, ""))
		}
	}
	return out
}
