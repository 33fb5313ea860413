package loader

import (
	"fmt"
	"net/url"
	"path/filepath"
)

// refRecord is one $ref met while loading.
type refRecord struct {
	at      loc
	ref     string
	status  string
	err     string
	target  loc
	sibling []string
}

const maxRefChain = 64

// ref returns the target of the $ref held by l, or ok=false when l holds no
// string $ref. The record is cached per location.
func (b *builder) ref(l loc) (*refRecord, bool) {
	r := l.n.Get("$ref")
	if r == nil || r.Kind != StringNode || !l.n.IsMap() {
		return nil, false
	}
	key := l.id()
	if rec, ok := b.refs[key]; ok {
		return rec, true
	}
	rec := &refRecord{at: l, ref: r.Text, status: statusOK}
	for _, k := range l.n.Keys {
		if k != "$ref" {
			rec.sibling = append(rec.sibling, k)
		}
	}
	b.refs[key] = rec
	b.refOrder = append(b.refOrder, rec)
	b.resolveRef(rec)
	return rec, true
}

func (b *builder) resolveRef(rec *refRecord) {
	file, ptr, remote, err := splitRef(rec.ref)
	f := rec.at.f
	if base := b.files.remoteURL(f); base != "" && err == nil && file != "" {
		file, remote = resolveRemote(base, file), true
	}
	switch {
	case remote:
		var status string
		if f, status, err = b.files.fetch(file); err != nil {
			rec.status, rec.err = status, err.Error()
			return
		}
		if p, uerr := url.PathUnescape(ptr); uerr == nil {
			ptr = p
		}
	case err != nil:
		rec.status, rec.err = statusInvalid, err.Error()
		return
	case file != "":
		abs := filepath.Clean(filepath.Join(b.baseDir(f), filepath.FromSlash(file)))
		if filepath.IsAbs(file) {
			abs = filepath.Clean(file)
		}
		var status string
		f, status, err = b.files.fragment(abs)
		if err != nil {
			rec.status, rec.err = status, err.Error()
			return
		}
	}
	n, _ := f.Root.Lookup(ptr)
	if n == nil {
		rec.status, rec.err = statusMissing, fmt.Sprintf("%s does not resolve: no %q in %s", rec.ref, ptr, f.Path)
		return
	}
	rec.target = loc{f: f, ptr: ptr, n: n}
	b.targets[rec.target.id()]++
}

func (b *builder) baseDir(f *File) string {
	if f.Abs == "" {
		return b.files.cwd
	}
	return filepath.Dir(f.Abs)
}

// deref follows $ref chains from l. It returns l itself when l holds no ref,
// and ok=false when a ref does not resolve or the chain loops.
func (b *builder) deref(l loc) (loc, bool) {
	seen := map[string]bool{}
	for i := 0; ; i++ {
		rec, isRef := b.ref(l)
		if !isRef {
			return l, true
		}
		if rec.status != statusOK {
			return l, false
		}
		if seen[l.id()] || i >= maxRefChain {
			if rec.status == statusOK {
				rec.status = statusCycle
				rec.err = fmt.Sprintf("$ref %s loops back to itself or chains more than %d times", rec.ref, maxRefChain)
			}
			return l, false
		}
		seen[l.id()] = true
		l = rec.target
	}
}

func (b *builder) refViews() []any {
	out := make([]any, 0, len(b.refOrder))
	for _, r := range b.refOrder {
		sib := r.sibling
		if sib == nil {
			sib = []string{}
		}
		out = append(out, r.at.where(map[string]any{
			"ref": r.ref, "status": r.status, "error": r.err, "siblings": toAny(sib),
		}))
	}
	return out
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// isExampleObject reports whether a map looks like an Example Object, whose
// value is literal data.
func isExampleObject(n *Node) bool {
	if !n.Has("value") {
		return false
	}
	for _, k := range n.Keys {
		switch k {
		case "summary", "description", "value", "externalValue", "dataValue", "serializedValue":
		default:
			return false
		}
	}
	return true
}
