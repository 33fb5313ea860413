package diff

import (
	"fmt"
	"slices"
	"strings"
)

// comparison gathers the regressions between two sides.
type comparison struct {
	old, new *Side
	classes  Classifier
	ov, nv   *view
	groups   map[string]*group
	order    []string
	out      []Regression
	skipped  []string
}

// group merges the regressions that share a kind, a location and a detail
// (a scope dropped from the root security is reported once, naming the
// operations it affects).
type group struct {
	kind     Kind
	version  string
	file     string
	pointer  string
	detail   string
	subjects []string
}

func (c *comparison) run() {
	if c.old.Doc == nil || c.new.Doc == nil {
		c.skipped = append(c.skipped, "regressions: a version could not be loaded")
		return
	}
	var err error
	if c.ov, err = decodeView(c.old.Doc.Input); err == nil {
		c.nv, err = decodeView(c.new.Doc.Input)
	}
	if err != nil {
		c.skipped = append(c.skipped, "regressions: "+err.Error())
		return
	}
	c.groups = map[string]*group{}
	c.operations()
	c.servers()
	c.schemes()
	c.responseFields()
	c.flush()
}

// add records a regression located in NEW; subject, when set, is merged
// with the subjects of the same kind, location and detail.
func (c *comparison) add(kind Kind, file, pointer, detail, subject string) {
	k := strings.Join([]string{string(kind), file, pointer, detail}, "\x00")
	g := c.groups[k]
	if g == nil {
		g = &group{kind: kind, version: "new", file: file, pointer: pointer, detail: detail}
		c.groups[k] = g
		c.order = append(c.order, k)
	}
	if subject != "" && !slices.Contains(g.subjects, subject) {
		g.subjects = append(g.subjects, subject)
	}
}

func (c *comparison) flush() {
	info := kindTable()
	for _, k := range c.order {
		g := c.groups[k]
		side := c.new
		if g.version == "old" {
			side = c.old
		}
		file, line, col := side.locate(g.file, g.pointer)
		c.out = append(c.out, Regression{
			Kind: g.kind, Severity: info[g.kind].severity, Message: subjectsText(g.subjects) + g.detail,
			Version: g.version, File: file, Pointer: g.pointer, Line: line, Column: col,
		})
	}
}

// subjectsText renders "GET /a, POST /b and 3 more: " (or "" without
// subjects).
func subjectsText(subjects []string) string {
	const shown = 3
	switch n := len(subjects); {
	case n == 0:
		return ""
	case n <= shown:
		return strings.Join(subjects, ", ") + ": "
	default:
		return fmt.Sprintf("%s and %d more: ", strings.Join(subjects[:shown], ", "), n-shown)
	}
}

// operations compares the security of path operations.
func (c *comparison) operations() {
	olds, news := c.ov.pathOperations(), c.nv.pathOperations()
	for _, k := range sortedKeys(news) {
		n, o := news[k], olds[k]
		switch {
		case o == nil && n.Security.Anonymous:
			c.add(NewUnauthenticated, n.File, n.Pointer,
				fmt.Sprintf("new operation %s can be called without credentials (%s)", n.label(), anonymousWhy(&n.Security)), "")
		case o == nil || o.Security.Anonymous:
		case n.Security.Anonymous:
			c.add(SecurityRemoved, n.Security.File, n.Security.Pointer,
				fmt.Sprintf("required %s in the old version and can now be called without credentials (%s)",
					describeSecurity(&o.Security), anonymousWhy(&n.Security)), n.label())
		default:
			c.requirements(o, n)
		}
	}
}

func anonymousWhy(s *security) string {
	switch {
	case s.ExplicitEmpty:
		return "security: []"
	case len(s.Requirements) == 0:
		return "no security requirement"
	}
	return "an empty alternative {} in its security"
}

// describeSecurity renders the alternatives: "oauth [read] or apiKey".
func describeSecurity(s *security) string {
	alts := make([]string, 0, len(s.Requirements))
	for _, r := range s.Requirements {
		alts = append(alts, describeRequirement(&r))
	}
	return strings.Join(alts, " or ")
}

func describeRequirement(r *requirement) string {
	if r.Empty {
		return "{}"
	}
	parts := make([]string, 0, len(r.Schemes))
	for _, s := range r.Schemes {
		if len(s.Scopes) == 0 {
			parts = append(parts, s.Name)
		} else {
			parts = append(parts, s.Name+" ["+strings.Join(s.Scopes, ", ")+"]")
		}
	}
	return strings.Join(parts, " + ")
}

// requirements reports each alternative of NEW that is weaker than every
// alternative of OLD. An alternative is at least as strong as another when
// it names every scheme of the other with at least its scopes.
func (c *comparison) requirements(o, n *operation) {
	for i := range n.Security.Requirements {
		a := &n.Security.Requirements[i]
		if a.Empty || coveredBy(a, o.Security.Requirements) {
			continue
		}
		if b, dropped := closestSameSchemes(a, o.Security.Requirements); b != nil {
			e := entryWithDrops(a, dropped)
			c.add(ScopeDropped, e.File, e.Pointer, fmt.Sprintf("%s no longer required (was %s, now %s)",
				dropText(dropped), describeRequirement(b), describeRequirement(a)), n.label())
			continue
		}
		c.add(RequirementLoosened, a.File, a.Pointer, fmt.Sprintf("alternative %s is weaker than every alternative of the old version (%s)",
			describeRequirement(a), describeSecurity(&o.Security)), n.label())
	}
}

func scopesOf(r *requirement) map[string][]string {
	out := make(map[string][]string, len(r.Schemes))
	for _, s := range r.Schemes {
		out[s.Name] = append(out[s.Name], s.Scopes...)
	}
	return out
}

// atLeast reports whether a names every scheme of b with at least b's scopes.
func atLeast(a, b *requirement) bool {
	as := scopesOf(a)
	for name, scopes := range scopesOf(b) {
		have, ok := as[name]
		if !ok {
			return false
		}
		for _, s := range scopes {
			if !slices.Contains(have, s) {
				return false
			}
		}
	}
	return true
}

func coveredBy(a *requirement, olds []requirement) bool {
	for i := range olds {
		if !olds[i].Empty && atLeast(a, &olds[i]) {
			return true
		}
	}
	return false
}

// closestSameSchemes finds the old alternative naming the same schemes as a
// that lost the fewest scopes, and the scopes lost per scheme.
func closestSameSchemes(a *requirement, olds []requirement) (*requirement, map[string][]string) {
	as := scopesOf(a)
	var best *requirement
	var bestDrops map[string][]string
	bestCount := -1
	for i := range olds {
		b := &olds[i]
		bs := scopesOf(b)
		if b.Empty || !sameKeys(as, bs) {
			continue
		}
		drops, count := map[string][]string{}, 0
		for name, scopes := range bs {
			for _, s := range scopes {
				if !slices.Contains(as[name], s) {
					drops[name] = append(drops[name], s)
					count++
				}
			}
		}
		if bestCount < 0 || count < bestCount {
			best, bestDrops, bestCount = b, drops, count
		}
	}
	return best, bestDrops
}

func sameKeys(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return true
}

// entryWithDrops is the first scheme entry of a that lost scopes.
func entryWithDrops(a *requirement, dropped map[string][]string) where {
	for _, s := range a.Schemes {
		if len(dropped[s.Name]) > 0 {
			return s.where
		}
	}
	return a.where
}

// dropText renders `scope "write" of oauth`, `scopes "a", "b" of oauth`.
func dropText(dropped map[string][]string) string {
	var parts []string
	for _, name := range sortedKeys(dropped) {
		scopes := dropped[name]
		quoted := make([]string, len(scopes))
		for i, s := range scopes {
			quoted[i] = fmt.Sprintf("%q", s)
		}
		word := "scope"
		if len(scopes) > 1 {
			word = "scopes"
		}
		parts = append(parts, fmt.Sprintf("%s %s of %s", word, strings.Join(quoted, ", "), name))
	}
	return strings.Join(parts, "; ")
}
