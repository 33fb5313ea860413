package semantic

import (
	"fmt"
	"strings"
)

// Conclusion is one thing the semantic layer concluded about a node, with
// the evidence that decided it.
type Conclusion struct {
	// Pointer and File locate the node the conclusion is about.
	Pointer, File string
	// Subject names the node ("parameter userId of GET /users/{userId}").
	Subject string
	// Statement is the conclusion ("identifier of users (uuid)").
	Statement string
	Evidence  []string
}

// Explain returns what the model concluded about the node at pointer
// (in file, "" for the root document), or, when nothing is said about that
// node, about its nearest ancestor that has conclusions. It returns the
// pointer actually explained.
func (m *Model) Explain(file, pointer string) (string, []Conclusion) {
	pointer = strings.TrimPrefix(pointer, "#")
	for p := pointer; ; p = parentPointer(p) {
		if cs := m.conclusionsAt(file, p); len(cs) > 0 {
			return p, cs
		}
		if p == "" {
			return pointer, nil
		}
	}
}

func parentPointer(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[:i]
	}
	return ""
}

func sameFile(a, b string) bool { return a == "" || b == "" || a == b }

func (m *Model) conclusionsAt(file, p string) []Conclusion {
	var out []Conclusion
	for _, o := range m.Operations {
		label := strings.ToUpper(o.Method) + " " + o.Path
		if o.Pointer == p && sameFile(o.File, file) {
			out = append(out, o.conclusions(label)...)
		}
		for _, id := range o.Identifiers {
			if id.Pointer == p && sameFile(id.File, file) {
				out = append(out, Conclusion{Pointer: p, File: id.File, Subject: fmt.Sprintf("%s input %q of %s", id.In, id.Name, label),
					Statement: id.statement(), Evidence: id.Evidence})
			}
		}
	}
	for _, d := range m.Data {
		if d.Pointer != p || !sameFile(d.File, file) {
			continue
		}
		subject := fmt.Sprintf("property %q of %s", d.Name, d.Owner)
		if d.Kind == "parameter" {
			subject = fmt.Sprintf("%s parameter %q", d.In, d.Name)
		}
		for _, x := range d.Decisions {
			out = append(out, Conclusion{Pointer: p, File: d.File, Subject: subject, Statement: "data class " + x.Class + travel(d), Evidence: x.Evidence})
		}
	}
	for _, f := range m.Versions {
		newest := f.Members[len(f.Members)-1]
		for _, mb := range f.Members {
			if mb.Pointer != p || !sameFile(mb.File, file) {
				continue
			}
			st := fmt.Sprintf("version %s of %s, the newest", mb.Version, f.Resource)
			if !mb.Newest {
				st = fmt.Sprintf("version %s of %s; %s (%s) is newer", mb.Version, f.Resource, newest.Path, newest.Version)
			}
			ev := []string{fmt.Sprintf("%d paths differ only in the version segment", len(f.Members))}
			if mb.Deprecated {
				ev = append(ev, "every operation is deprecated")
			}
			out = append(out, Conclusion{Pointer: p, File: mb.File, Subject: "path " + mb.Path, Statement: st, Evidence: ev})
		}
	}
	return out
}

func travel(d DataItem) string {
	switch {
	case d.InRequest && d.InResponse:
		return ", sent in requests and returned in responses"
	case d.InResponse:
		return ", returned in responses"
	case d.InRequest:
		return ", sent in requests"
	}
	return ""
}

func (id Identifier) statement() string {
	var attrs []string
	attrs = append(attrs, id.Kind)
	if id.Guessable {
		attrs = append(attrs, "guessable")
	} else {
		attrs = append(attrs, "not guessable")
	}
	if id.Principal {
		attrs = append(attrs, "selects a principal")
	}
	return fmt.Sprintf("identifier of %s (%s)", id.Resource, strings.Join(attrs, ", "))
}

func (o Operation) conclusions(label string) []Conclusion {
	var out []Conclusion
	add := func(st string, ev []string) {
		out = append(out, Conclusion{Pointer: o.Pointer, File: o.File, Subject: "operation " + label, Statement: st, Evidence: ev})
	}
	for _, r := range o.Roles.Names() {
		st := "role " + r
		if r == RoleAuthentication {
			st += " (" + strings.Join(sortedKeys(o.Roles.AuthKinds), ", ") + ")"
		}
		add(st, o.Roles.Roles[r])
	}
	for _, id := range o.Identifiers {
		add(fmt.Sprintf("selects an object by %s input %q: %s", id.In, id.Name, id.statement()), id.Evidence)
	}
	if o.CallerIsOwner {
		add("addresses the caller's own objects", []string{o.SelfEvidence})
	}
	if o.SupersededBy != "" {
		add("older version of "+o.SupersededBy, []string{"the same resource under a newer version segment"})
	}
	return out
}
