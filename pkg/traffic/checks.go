package traffic

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// checkPlainHTTP reports requests made over http://, once per spec and host.
func (a *analyzer) checkPlainHTTP(si int, rec *Record) {
	if !strings.EqualFold(rec.URL.Scheme, "http") {
		return
	}
	host := strings.ToLower(rec.URL.Host)
	s := a.specs[si]
	pointer := ""
	for _, srv := range s.servers {
		if srv.Host == strings.ToLower(rec.URL.Hostname()) || pointer == "" {
			pointer = srv.Pointer
		}
	}
	a.agg.add(aggKey{check: CheckPlainHTTP, spec: si, pointer: pointer, detail: host}, report.Medium, rec, func() string {
		return fmt.Sprintf("requests reached %s over plain HTTP (http://%s)", host, host)
	})
}

// checkQuery reports query parameters that carry credentials, tokens or
// personal data: by name, or by a value shaped like a token.
func (a *analyzer) checkQuery(si int, rec *Record, r route, t target) {
	if rec.URL.RawQuery == "" {
		return
	}
	q, _ := url.ParseQuery(rec.URL.RawQuery)
	names := make([]string, 0, len(q))
	for n := range q {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		class := Classify(n)
		if class == ClassNone {
			for _, v := range q[n] {
				if jwtLike.MatchString(v) {
					class = ClassSecret
				} else if emailLike.MatchString(v) {
					class = ClassPersonal
				}
			}
		}
		if class == ClassNone {
			continue
		}
		sev, what := report.High, "a credential or token"
		if class == ClassPersonal {
			sev, what = report.Medium, "personal data"
		}
		pointer, file := t.pointer, t.file
		if r.op != nil {
			if l, ok := r.op.Params[paramKey("query", n)]; ok {
				pointer, file = l.Pointer, l.File
			}
		}
		name := n
		a.agg.add(aggKey{check: CheckSecretInQuery, spec: si, file: file, pointer: pointer, detail: name}, sev, rec, func() string {
			return fmt.Sprintf("%s sends %s in the query parameter %q (value redacted)", t.label, what, name)
		})
	}
}

// checkCORS reports responses that echo the request's Origin (or allow the
// origin null) with credentials allowed.
func (a *analyzer) checkCORS(si int, rec *Record, t target) {
	origin := rec.ReqHeader.Get("Origin")
	allow := strings.TrimSpace(rec.RespHeader.Get("Access-Control-Allow-Origin"))
	if origin == "" || allow == "" || !strings.EqualFold(strings.TrimSpace(rec.RespHeader.Get("Access-Control-Allow-Credentials")), "true") {
		return
	}
	reflected := strings.EqualFold(allow, origin) && !sameOrigin(origin, rec.URL)
	if !reflected && allow != "null" {
		return
	}
	a.agg.add(aggKey{check: CheckCORS, spec: si, file: t.file, pointer: t.pointer}, report.High, rec, func() string {
		if allow == "null" {
			return fmt.Sprintf("%s allows the origin null with credentials", t.label)
		}
		return fmt.Sprintf("%s reflects a foreign Origin in Access-Control-Allow-Origin with credentials allowed", t.label)
	})
}

// sameOrigin reports whether origin is the request URL's own origin (a
// same-origin request echoed back is not a reflection of an arbitrary one).
func sameOrigin(origin string, u *url.URL) bool {
	o, err := url.Parse(origin)
	return err == nil && u.Host != "" && strings.EqualFold(o.Host, u.Host) && strings.EqualFold(o.Scheme, u.Scheme)
}

var (
	// stackTrace matches the shapes of stack traces of common runtimes.
	stackTrace = regexp.MustCompile(`Traceback \(most recent call last\)|\bat [a-zA-Z_$][\w$.]*\([\w$]+\.(java|kt|scala):\d+\)|` +
		`Exception in thread "|goroutine \d+ \[[a-z ]+\]:|\.go:\d+ \+0x|\bat [\w.<>]+\(.*\) in .*:line \d+|` +
		`System\.[A-Za-z.]+Exception|\bat .+ \((/|[A-Za-z]:\\|node:)[^)]*:\d+:\d+\)|Stack trace:|#\d+ /[^\s]+\.php\(\d+\)|` +
		`\.rb:\d+:in [` + "`'" + `]|Fatal error: .* in /.*\.php`)
	// versioned matches a product with a version in a server header.
	versioned = regexp.MustCompile(`[A-Za-z][\w.-]*/v?\d+(\.\d+)+|\b\d+\.\d+(\.\d+)+\b`)
	// safeToken is how much of a header value may be quoted in a message.
	safeToken = regexp.MustCompile(`^[A-Za-z0-9._/ ()-]{1,80}$`)
)

// maxScan bounds the part of a body searched for stack traces.
const maxScan = 64 << 10

// checkErrorLeak reports 5xx responses with a stack trace in the body or a
// server version in the headers.
func (a *analyzer) checkErrorLeak(si int, rec *Record, t target) {
	if rec.Status < 500 || rec.Status > 599 {
		return
	}
	var leaks []string
	body := rec.RespBody
	if len(body) > maxScan {
		body = body[:maxScan]
	}
	if len(body) > 0 && stackTrace.Match(body) {
		leaks = append(leaks, "a stack trace in the body")
	}
	for _, h := range []string{"Server", "X-Powered-By", "X-AspNet-Version", "X-AspNetMvc-Version", "X-Runtime-Version"} {
		v := rec.RespHeader.Get(h)
		if v == "" || !versioned.MatchString(v) {
			continue
		}
		if safeToken.MatchString(v) {
			leaks = append(leaks, fmt.Sprintf("%s: %s", h, v))
		} else {
			leaks = append(leaks, "a version in "+h)
		}
	}
	if len(leaks) == 0 {
		return
	}
	detail := strings.Join(leaks, ", ")
	a.agg.add(aggKey{check: CheckErrorLeak, spec: si, file: t.file, pointer: t.pointer, detail: detail}, report.Medium, rec, func() string {
		return fmt.Sprintf("%s answered %d with %s", t.label, rec.Status, detail)
	})
}

// checkMatched runs the checks that need a documented operation.
func (a *analyzer) checkMatched(si int, s *Spec, rec *Record, r route) {
	op := r.op
	if op.Deprecated {
		a.agg.add(aggKey{check: CheckZombie, spec: si, file: op.File, pointer: op.Pointer, detail: "deprecated"}, report.Medium, rec, func() string {
			return fmt.Sprintf("%s %s is deprecated but still gets traffic", op.Method, op.Path)
		})
	}
	if op.newer != "" {
		a.agg.add(aggKey{check: CheckZombie, spec: si, file: op.File, pointer: op.Pointer, detail: "superseded"}, report.Low, rec, func() string {
			return fmt.Sprintf("%s %s still gets traffic although %s documents a newer version", op.Method, op.Path, op.newer)
		})
	}
	a.checkStatus(si, rec, r)
	a.checkUnauthenticated(si, rec, r)
	a.checkBodies(si, s, rec, r)
}

// checkStatus reports a status the operation's responses do not list.
func (a *analyzer) checkStatus(si int, rec *Record, r route) {
	rs := r.kin.Operation.Responses
	if rec.Status == 0 || rs == nil || rs.Len() == 0 || rs.Status(rec.Status) != nil || rs.Default() != nil {
		return
	}
	op := r.op
	pointer := loader.Join(op.Pointer, "responses")
	a.agg.add(aggKey{check: CheckStatus, spec: si, file: op.File, pointer: pointer, detail: fmt.Sprint(rec.Status)}, report.Low, rec, func() string {
		return fmt.Sprintf("%s %s answered %d, which its responses do not document", op.Method, op.Path, rec.Status)
	})
}

// orphans adds the summary of the operations no request reached, for a spec
// that some request did reach.
func (a *analyzer) orphans(si int) {
	s := a.specs[si]
	if a.matched[si] == 0 {
		return
	}
	var missing []string
	for _, op := range s.opOrder {
		if !a.seen[si][op] {
			missing = append(missing, op.Method+" "+op.Path)
		}
	}
	if len(missing) == 0 {
		return
	}
	hosts := make([]string, 0, len(a.covered[si]))
	for h := range a.covered[si] {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	list := missing
	more := ""
	if len(list) > 20 {
		list, more = list[:20], fmt.Sprintf(" and %d more", len(missing)-20)
	}
	covered := "requests without a host (an access log)"
	if len(hosts) > 0 {
		covered = "hosts " + strings.Join(hosts, ", ")
	}
	k := aggKey{check: CheckOrphans, spec: si, pointer: "/paths"}
	a.agg.m[k] = &agg{key: k, severity: report.Info, count: len(missing), summary: true,
		what: fmt.Sprintf("%d of %d documented operations were never seen in the capture, which covered %s: %s%s",
			len(missing), len(s.opOrder), covered, strings.Join(list, ", "), more),
		evidence: report.Evidence{Capture: strings.Join(a.captures, ", ")}}
}
