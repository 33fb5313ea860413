package loader

import "strconv"

// loc is a node together with where it is written.
type loc struct {
	f   *File
	ptr string
	n   *Node
}

func (l loc) valid() bool { return l.n != nil }

func (l loc) at(key string) loc {
	return loc{f: l.f, ptr: Join(l.ptr, key), n: l.n.Get(key)}
}

// sub is at(key) for walks that skip what is absent: when l has no key,
// it builds no pointer (the result is not valid and has none).
func (l loc) sub(key string) loc {
	n := l.n.Get(key)
	if n == nil {
		return loc{f: l.f}
	}
	return loc{f: l.f, ptr: Join(l.ptr, key), n: n}
}

func (l loc) item(i int) loc {
	return loc{f: l.f, ptr: l.ptr + "/" + strconv.Itoa(i), n: l.n.Kids[i]}
}

// members calls fn for each member of a map node, in document order.
func (l loc) members(fn func(key string, v loc)) {
	if !l.n.IsMap() {
		return
	}
	for i, k := range l.n.Keys {
		fn(k, loc{f: l.f, ptr: Join(l.ptr, k), n: l.n.Kids[i]})
	}
}

// items calls fn for each item of a sequence node.
func (l loc) items(fn func(i int, v loc)) {
	if !l.n.IsSeq() {
		return
	}
	for i := range l.n.Kids {
		fn(i, l.item(i))
	}
}

func (l loc) id() string { return l.f.Path + "#" + l.ptr }

// where is the location fields every element carries.
func (l loc) where(m map[string]any) map[string]any {
	m["pointer"] = l.ptr
	m["file"] = l.f.Path
	return m
}
