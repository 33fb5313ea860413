package traffic

import (
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/routers"
)

// segVersion returns the version of a segment (v1, V2, v10), or -1.
func segVersion(seg string) int {
	if len(seg) < 2 || len(seg) > 5 || (seg[0] != 'v' && seg[0] != 'V') {
		return -1
	}
	n := 0
	for _, c := range seg[1:] {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// versionKey replaces the first version segment of a path by "{version}";
// ok is false when the path has none.
func versionKey(path string) (key string, version int, ok bool) {
	segs := strings.Split(path, "/")
	for i, s := range segs {
		if v := segVersion(s); v >= 0 {
			segs[i] = "{version}"
			return strings.Join(segs, "/"), v, true
		}
	}
	return "", -1, false
}

// indexVersions records, for every operation of a versioned path, the
// newest other version of the same path and method the spec documents.
func (s *Spec) indexVersions() {
	s.versions = map[string][]versionedPath{}
	for _, op := range s.opOrder {
		if key, v, ok := versionKey(op.Path); ok {
			s.versions[op.Method+" "+key] = append(s.versions[op.Method+" "+key], versionedPath{v, op.Path})
		}
	}
	for _, op := range s.opOrder {
		key, v, ok := versionKey(op.Path)
		if !ok {
			continue
		}
		best := v
		for _, other := range s.versions[op.Method+" "+key] {
			if other.version > best {
				best, op.newer = other.version, other.template
			}
		}
	}
}

// documentedVersions lists the versions that appear in the spec's path
// templates and server base paths, highest first.
func (s *Spec) documentedVersions() []int {
	if s.versionList == nil {
		s.versionList = s.listVersions()
	}
	return s.versionList
}

func (s *Spec) listVersions() []int {
	set := map[int]bool{}
	add := func(p string) {
		for _, seg := range strings.Split(p, "/") {
			if v := segVersion(seg); v >= 0 {
				set[v] = true
			}
		}
	}
	for _, op := range s.opOrder {
		add(op.Path)
	}
	for _, srv := range s.servers {
		add(srv.Base)
	}
	out := make([]int, 0, len(set))
	for v := range set {
		out = append(out, v)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(out)))
	return out
}

// route is the outcome of matching one request against a spec.
type route struct {
	op     *opInfo
	kin    *routers.Route
	params map[string]string
	// methodMissing is true when the path exists but not the method;
	// template is then the documented template, else the route template
	// of the undocumented path.
	methodMissing bool
	template      string
	// older is the documented operation of which the request is an
	// undocumented older version (olderV), when there is one.
	older  *opInfo
	olderV int
}

// find matches method and path with kin-openapi's router.
func (s *Spec) find(method string, u *url.URL) route {
	req := &http.Request{Method: method, URL: &url.URL{Path: u.Path, RawPath: u.RawPath, RawQuery: u.RawQuery}, Header: http.Header{}}
	kr, params, err := s.router.FindRoute(req)
	if err == nil && kr != nil && kr.Operation != nil {
		return route{op: s.ops[strings.ToUpper(kr.Method)+" "+kr.Path], kin: kr, params: params}
	}
	if errors.Is(err, routers.ErrMethodNotAllowed) {
		for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "QUERY"} {
			req.Method = m
			if kr, _, err := s.router.FindRoute(req); err == nil && kr != nil {
				return route{methodMissing: true, template: kr.Path}
			}
		}
	}
	return route{}
}

// olderVersion looks for a documented operation that the request would
// reach with a newer version segment: the request hits an undocumented
// older version of it. It returns the operation and the old version.
func (s *Spec) olderVersion(method string, u *url.URL) (*opInfo, int) {
	segs := strings.Split(u.Path, "/")
	for i, seg := range segs {
		v := segVersion(seg)
		if v < 0 {
			continue
		}
		for _, newer := range s.documentedVersions() {
			if newer <= v {
				break
			}
			alt := append([]string(nil), segs...)
			alt[i] = seg[:1] + strconv.Itoa(newer)
			if r := s.find(method, &url.URL{Path: strings.Join(alt, "/")}); r.op != nil {
				return r.op, v
			}
		}
		return nil, -1
	}
	return nil, -1
}

// Shapes of path segments that are values, not names.
var (
	uuidSeg  = regexp.MustCompile(`^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$`)
	hexSeg   = regexp.MustCompile(`^[0-9a-fA-F]{8,}$`)
	tokenSeg = regexp.MustCompile(`^[A-Za-z0-9_\-.~%+=]{16,}$`)
	dateSeg  = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}`)
)

// idSegment tells a path segment that identifies one object (a number, a
// UUID, a hash, an e-mail, a token) from a name.
func idSegment(seg string) bool {
	if seg == "" {
		return false
	}
	if _, err := strconv.ParseInt(seg, 10, 64); err == nil {
		return true
	}
	if uuidSeg.MatchString(seg) || dateSeg.MatchString(seg) || strings.Contains(seg, "@") || strings.Contains(seg, "%40") {
		return true
	}
	if hexSeg.MatchString(seg) && strings.ContainsAny(seg, "0123456789") {
		return true
	}
	return tokenSeg.MatchString(seg) && strings.ContainsAny(seg, "0123456789")
}

// templateOf groups concrete paths of an undocumented endpoint: every
// segment that is a value becomes {id}, so /users/1 and /users/2 are one
// route template.
func templateOf(path string) string {
	segs := strings.Split(path, "/")
	for i, s := range segs {
		if idSegment(s) {
			segs[i] = "{id}"
		}
	}
	return strings.Join(segs, "/")
}
