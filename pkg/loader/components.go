package loader

import "strings"

var v3Components = []string{"schemas", "parameters", "responses", "requestBodies", "headers", "examples",
	"securitySchemes", "links", "callbacks", "pathItems", "mediaTypes"}

var v2Components = []string{"definitions", "parameters", "responses", "securityDefinitions"}

// components lists every named component and whether anything references it.
func (b *builder) components() []any {
	out := []any{}
	add := func(kind string, section loc) {
		section.members(func(name string, c loc) {
			used := b.targets[c.id()] > 0
			if kind == "securitySchemes" || kind == "securityDefinitions" {
				used = b.usedSchemes[name]
			} else if !used {
				used = b.usedThroughRef(c) || b.usedInside(c.id())
			}
			out = append(out, c.where(map[string]any{"kind": kind, "name": name, "used": used}))
		})
	}
	if b.v2 {
		for _, k := range v2Components {
			add(k, b.root.at(k))
		}
		return out
	}
	comps := b.root.at("components")
	for _, k := range v3Components {
		add(k, comps.at(k))
	}
	return out
}

// usedThroughRef is true for a component that is itself a $ref to a target
// that some other reference also names (multi-file specs list fragments as
// components and reference the fragment files directly).
func (b *builder) usedThroughRef(c loc) bool {
	rec, ok := b.refs[c.id()]
	return ok && rec.status == statusOK && b.targets[rec.target.id()] > 1
}

// usedInside is true when a reference points into the component.
func (b *builder) usedInside(id string) bool {
	prefix := id + "/"
	for t := range b.targets {
		if strings.HasPrefix(t, prefix) {
			return true
		}
	}
	return false
}
