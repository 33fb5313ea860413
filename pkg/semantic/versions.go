package semantic

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// VersionFamily is one resource published under several version segments.
type VersionFamily struct {
	// Resource is the path with the version segment written {version} and
	// parameter names dropped: /{version}/users/{}.
	Resource string
	Members  []VersionMember // oldest first
}

// VersionMember is the resource under one version.
type VersionMember struct {
	Version string
	Path    string
	// Newest is true for the member with the highest version.
	Newest bool
	// Deprecated is true when every operation of the path is deprecated.
	Deprecated bool
	Pointer    string // the path item
	File       string
}

var reVersionSeg = regexp.MustCompile(`(?i)^v(\d+)(?:\.(\d+))?(?:\.(\d+))?(alpha\d*|beta\d*)?$|^(\d{4})-(\d{2})-(\d{2})$`)

// versionKey returns comparable numbers for a version segment, or nil.
func versionKey(seg string) []int {
	m := reVersionSeg.FindStringSubmatch(seg)
	if m == nil {
		return nil
	}
	nums := []int{}
	idx := []int{1, 2, 3}
	if m[5] != "" {
		idx = []int{5, 6, 7}
	}
	for _, i := range idx {
		n, _ := strconv.Atoi(m[i])
		nums = append(nums, n)
	}
	pre := 1 // a release sorts after its alpha and beta
	if m[4] != "" {
		pre = 0
	}
	return append(nums, pre)
}

func lessKey(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

type pathInfo struct {
	path, pointer, file string
	ops, deprecated     int
}

// versionFamilies groups the paths that differ only in their version segment.
func (a *analysis) versionFamilies() []VersionFamily {
	paths := map[string]*pathInfo{}
	var order []string
	for _, op := range a.ops {
		p := str(op, "path")
		pi := paths[p]
		if pi == nil {
			pi = &pathInfo{path: p, pointer: str(op, "path_pointer"), file: str(op, "file")}
			paths[p] = pi
			order = append(order, p)
		}
		pi.ops++
		if boolean(op, "deprecated") {
			pi.deprecated++
		}
	}
	groups := map[string][]VersionMember{}
	var keys []string
	for _, p := range order {
		segs := pathSegments(p)
		vi := -1
		for i, s := range segs {
			if versionKey(s) != nil {
				vi = i
				break
			}
		}
		if vi < 0 {
			continue
		}
		norm := make([]string, len(segs))
		for i, s := range segs {
			switch {
			case i == vi:
				norm[i] = "{version}"
			case strings.HasPrefix(s, "{"):
				norm[i] = "{}"
			default:
				norm[i] = strings.ToLower(s)
			}
		}
		key := "/" + strings.Join(norm, "/")
		pi := paths[p]
		if _, ok := groups[key]; !ok {
			keys = append(keys, key)
		}
		groups[key] = append(groups[key], VersionMember{Version: segs[vi], Path: p, Deprecated: pi.ops > 0 && pi.deprecated == pi.ops, Pointer: pi.pointer, File: pi.file})
	}
	var out []VersionFamily
	for _, k := range keys {
		ms := groups[k]
		distinct := map[string]bool{}
		for _, m := range ms {
			distinct[strings.ToLower(m.Version)] = true
		}
		if len(distinct) < 2 {
			continue
		}
		sort.SliceStable(ms, func(i, j int) bool { return lessKey(versionKey(ms[i].Version), versionKey(ms[j].Version)) })
		top := versionKey(ms[len(ms)-1].Version)
		for i := range ms {
			ms[i].Newest = !lessKey(versionKey(ms[i].Version), top)
		}
		out = append(out, VersionFamily{Resource: k, Members: ms})
	}
	return out
}
