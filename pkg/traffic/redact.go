package traffic

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
)

// Redacted replaces every value the report must not carry.
const Redacted = "REDACTED"

var (
	jwtLike   = regexp.MustCompile(`^[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$`)
	tokenLike = regexp.MustCompile(`^[A-Za-z0-9_\-+/=.~%]{16,}$`)
	emailLike = regexp.MustCompile(`^[^@\s]+(@|%40)[^@\s]+\.[A-Za-z]{2,}$`)
)

// secretValue reports whether a value looks like a credential, a token or
// an e-mail address whatever its name: a JWT, a long random-looking string,
// an address.
func secretValue(v string) bool {
	if jwtLike.MatchString(v) || emailLike.MatchString(v) {
		return true
	}
	if !tokenLike.MatchString(v) {
		return false
	}
	hasDigit := strings.ContainsAny(v, "0123456789")
	hasLetter := strings.IndexFunc(v, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) >= 0
	return hasDigit && hasLetter
}

// maxKeptValue is the longest query value kept in a redacted URL.
const maxKeptValue = 32

// RedactURL renders a captured URL for a report: no user info, no fragment,
// path segments that look like tokens or e-mail addresses replaced, and the
// value of every query parameter whose name or value is sensitive (or that
// is long) replaced by REDACTED. Parameters are sorted by name.
func RedactURL(u *url.URL) string {
	var b strings.Builder
	if u.Host != "" {
		if u.Scheme != "" {
			b.WriteString(u.Scheme)
			b.WriteString("://")
		}
		b.WriteString(u.Host)
	}
	b.WriteString(redactPath(u.EscapedPath()))
	if u.RawQuery == "" {
		return b.String()
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil && len(q) == 0 {
		b.WriteString("?" + Redacted)
		return b.String()
	}
	names := make([]string, 0, len(q))
	for n := range q {
		names = append(names, n)
	}
	sort.Strings(names)
	sep := "?"
	for _, n := range names {
		for _, v := range q[n] {
			if Classify(n) != ClassNone || secretValue(v) || len(v) > maxKeptValue {
				v = Redacted
			}
			b.WriteString(sep + url.QueryEscape(n) + "=" + url.QueryEscape(v))
			sep = "&"
		}
	}
	return b.String()
}

func redactPath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		if d, err := url.PathUnescape(s); err == nil && secretValue(d) && !uuidSeg.MatchString(d) && !hexSeg.MatchString(d) {
			segs[i] = Redacted
		}
	}
	return strings.Join(segs, "/")
}
