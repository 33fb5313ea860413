package traffic

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/oasguard/oasguard/pkg/loader"
	"github.com/oasguard/oasguard/pkg/report"
)

// maxShadows bounds the shadow endpoints kept per spec: a scanner probing
// random paths must not grow memory without end.
const maxShadows = 1000

// maxRouteCache bounds the cache of routing results.
const maxRouteCache = 1 << 16

// analyzer holds the specs and everything accumulated over the captures.
type analyzer struct {
	ctx     context.Context
	specs   []*Spec
	hosts   map[string]bool
	agg     *aggregator
	seen    []map[*opInfo]bool
	covered []map[string]bool // hosts seen per spec
	matched []int
	shadows []int
	cache   map[routeKey]route
	// captures are the captures read, as displayed.
	captures []string

	// per capture: skips are bad input (file errors), filtered requests
	// that are not the API's (notes on standard error)
	skips      Skips
	filtered   Skips
	outOfScope Skips
	outHosts   map[string]bool
	outOfBase  int
	// unauth holds the capture's unauthenticated successes until the end
	// of the capture tells whether it records credentials at all.
	unauth         *aggregator
	sawCredentials bool
}

type routeKey struct {
	spec           int
	method, target string
}

type specFinding struct {
	report.Finding
	spec int
}

func newAnalyzer(ctx context.Context, specs []*Spec, hosts []string) *analyzer {
	a := &analyzer{ctx: ctx, specs: specs, hosts: map[string]bool{}, agg: newAggregator(), unauth: newAggregator(), cache: map[routeKey]route{},
		seen: make([]map[*opInfo]bool, len(specs)), covered: make([]map[string]bool, len(specs)),
		matched: make([]int, len(specs)), shadows: make([]int, len(specs))}
	for _, h := range hosts {
		a.hosts[strings.ToLower(strings.TrimSpace(h))] = true
	}
	for i := range specs {
		a.seen[i], a.covered[i] = map[*opInfo]bool{}, map[string]bool{}
	}
	return a
}

func (a *analyzer) startCapture() {
	a.skips, a.filtered, a.outOfScope, a.outHosts, a.outOfBase = Skips{}, Skips{}, Skips{}, map[string]bool{}, 0
	a.unauth, a.sawCredentials = newAggregator(), false
}

// record analyses one request.
func (a *analyzer) record(rec *Record) {
	si, base, hostOK := a.pick(rec)
	switch {
	case si < 0 && hostOK:
		a.outOfBase++
		return
	case si < 0:
		a.outOfScope.Add("out of scope")
		if len(a.outHosts) < 100 {
			a.outHosts[strings.ToLower(rec.URL.Hostname())] = true
		}
		return
	}
	s := a.specs[si]
	if !a.sawCredentials && carriesCredentials(rec) {
		a.sawCredentials = true
	}
	if h := rec.URL.Hostname(); h != "" {
		a.covered[si][strings.ToLower(h)] = true
	}
	r := a.route(si, base, rec)
	if r.op == nil {
		if !a.unmatched(si, base, rec, r) {
			return
		}
	} else {
		a.seen[si][r.op] = true
		a.matched[si]++
	}
	t := a.target(si, base, rec, r)
	a.checkPlainHTTP(si, rec)
	a.checkQuery(si, rec, r, t)
	a.checkCORS(si, rec, t)
	a.checkErrorLeak(si, rec, t)
	if r.op != nil {
		a.checkMatched(si, s, rec, r)
	}
}

// pick chooses the spec that serves a request: one whose server host is the
// request's (or any host, for relative servers, access logs without a host
// and hosts named with --host) and whose base path prefixes the path, the
// longest base path winning. A path whose version segment is older than the
// base path's (/v1/users against a /v2 server) counts as under the base, so
// that the zombie check sees it. It returns -1 when no spec serves the
// request, and hostOK when some spec serves its host.
func (a *analyzer) pick(rec *Record) (best int, bestBase string, hostOK bool) {
	host := strings.ToLower(rec.URL.Hostname())
	named := a.hosts[host]
	best, bestScore := -1, -1
	for i, s := range a.specs {
		servers := s.servers
		if len(servers) == 0 {
			servers = []serverInfo{{}}
		}
		for _, srv := range servers {
			exact := host != "" && srv.Host == host
			switch {
			case host == "" || exact || named:
			case srv.Host == "" && len(a.hosts) == 0:
			default:
				continue
			}
			hostOK = true
			if !underBase(rec.URL.Path, srv.Base) && !olderBase(rec.URL.Path, srv.Base) {
				continue
			}
			score := 2 * len(srv.Base)
			if exact {
				score++
			}
			if score > bestScore {
				best, bestScore, bestBase = i, score, srv.Base
			}
		}
	}
	return best, bestBase, hostOK
}

// olderBase reports whether p lies under base with an older version in
// place of base's version segment.
func olderBase(p, base string) bool {
	bs := strings.Split(base, "/")
	ps := strings.Split(p, "/")
	if len(ps) < len(bs) {
		return false
	}
	older := false
	for i, b := range bs {
		if ps[i] == b {
			continue
		}
		vb, vp := segVersion(b), segVersion(ps[i])
		if vb < 0 || vp < 0 || vp >= vb {
			return false
		}
		older = true
	}
	return older
}

func underBase(p, base string) bool {
	return base == "" || p == base || strings.HasPrefix(p, base+"/")
}

// route matches a request in a spec, through a bounded cache. For a path
// no operation documents, it also finds the route template and whether the
// path is an older version of a documented one.
func (a *analyzer) route(si int, base string, rec *Record) route {
	k := routeKey{si, rec.Method, rec.URL.EscapedPath()}
	if r, ok := a.cache[k]; ok {
		return r
	}
	s := a.specs[si]
	r := s.find(rec.Method, rec.URL)
	if r.op == nil {
		r.older, r.olderV = s.olderVersion(rec.Method, rec.URL)
		if r.template == "" {
			r.template = templateOf(strings.TrimPrefix(rec.URL.Path, base))
			if r.template == "" {
				r.template = "/"
			}
		}
	}
	if len(a.cache) >= maxRouteCache {
		clear(a.cache)
	}
	a.cache[k] = r
	return r
}

// target is where a request's findings go in the spec: its operation, or
// where an undocumented endpoint would be documented.
type target struct {
	pointer, file, label string
}

func (a *analyzer) target(si int, base string, rec *Record, r route) target {
	if r.op != nil {
		return target{r.op.Pointer, r.op.File, r.op.Method + " " + r.op.Path}
	}
	return target{loader.Join("/paths", r.template, strings.ToLower(rec.Method)), "", rec.Method + " " + r.template}
}

// unmatched handles a request that no operation documents: a shadow or
// zombie endpoint, or not an endpoint at all. It returns whether the other
// checks should still look at the request.
func (a *analyzer) unmatched(si int, base string, rec *Record, r route) bool {
	if staticAsset(rec) {
		a.filtered.Add("not API traffic: documents, scripts, styles, images, fonts")
		return false
	}
	switch rec.Status {
	case 0:
		a.filtered.Add("undocumented requests without a response status")
		return false
	case 404, 405, 501:
		a.filtered.Add(fmt.Sprintf("undocumented requests answered %d, not endpoints", rec.Status))
		return false
	}
	if op, v := r.older, r.olderV; op != nil {
		label := rec.Method + " " + templateOf(rec.URL.Path)
		a.agg.add(aggKey{check: CheckZombie, spec: si, file: op.File, pointer: op.Pointer, detail: fmt.Sprintf("v%d", v)}, report.Medium, rec, func() string {
			return fmt.Sprintf("%s is an undocumented older version (v%d) of %s %s and still answers %d", label, v, op.Method, op.Path, rec.Status)
		})
		return true
	}
	t := a.target(si, base, rec, r)
	k := aggKey{check: CheckShadow, spec: si, pointer: t.pointer}
	if !a.agg.has(k) {
		if a.shadows[si] >= maxShadows {
			a.filtered.Add(fmt.Sprintf("undocumented requests beyond the first %d shadow endpoints", maxShadows))
			return true
		}
		a.shadows[si]++
	}
	a.agg.add(k, report.High, rec, func() string {
		if r.methodMissing {
			return fmt.Sprintf("%s is not documented (the path is, without this method) but answered %d", t.label, rec.Status)
		}
		return fmt.Sprintf("%s is not documented but answered %d", t.label, rec.Status)
	})
	return true
}

var staticExt = map[string]bool{".js": true, ".mjs": true, ".css": true, ".map": true, ".png": true, ".jpg": true,
	".jpeg": true, ".gif": true, ".svg": true, ".ico": true, ".webp": true, ".woff": true, ".woff2": true, ".ttf": true,
	".html": true, ".htm": true, ".txt": true, ".webmanifest": true}

var staticTypes = map[string]bool{"document": true, "stylesheet": true, "script": true, "image": true, "font": true,
	"media": true, "manifest": true, "texttrack": true}

// staticAsset tells requests for pages and assets, which a browser capture
// is full of, from API calls.
func staticAsset(rec *Record) bool {
	if staticTypes[strings.ToLower(rec.ResourceType)] || staticExt[strings.ToLower(path.Ext(rec.URL.Path))] {
		return true
	}
	ct := strings.ToLower(rec.RespHeader.Get("Content-Type"))
	for _, p := range []string{"text/html", "text/css", "javascript", "image/", "font/", "video/", "audio/"} {
		if strings.Contains(ct, p) {
			return true
		}
	}
	return false
}

// finish adds the summary findings and returns every finding.
func (a *analyzer) finish() []specFinding {
	for si := range a.specs {
		a.orphans(si)
	}
	return a.agg.findings(a.specs)
}
