package semantic

import "github.com/oasguard/oasguard/pkg/loader"

// Attach adds the semantic view to a document's rule input as
// input.semantic, once: a document that has it already is left alone.
func Attach(doc *loader.Document) {
	if doc == nil || doc.Input == nil {
		return
	}
	if _, ok := doc.Input["semantic"]; ok {
		return
	}
	doc.Input["semantic"] = Analyze(doc.Input).View()
}

// View renders the model as the rule input's semantic object
// (docs/rule-input.md).
func (m *Model) View() map[string]any {
	ops := make([]any, 0, len(m.Operations))
	for _, o := range m.Operations {
		ops = append(ops, o.view())
	}
	data := make([]any, 0, len(m.Data))
	index := map[string][]any{}
	for i, d := range m.Data {
		data = append(data, d.view())
		for _, x := range d.Decisions {
			index[x.Class] = append(index[x.Class], i)
		}
	}
	idx := map[string]any{}
	for _, c := range Classes {
		idx[c] = append([]any{}, index[c]...)
	}
	versions := make([]any, 0, len(m.Versions))
	for _, f := range m.Versions {
		ms := make([]any, 0, len(f.Members))
		for _, mb := range f.Members {
			ms = append(ms, where(obj{"pointer": mb.Pointer, "file": mb.File}, obj{
				"version": mb.Version, "path": mb.Path, "newest": mb.Newest, "deprecated": mb.Deprecated,
			}))
		}
		versions = append(versions, obj{"resource": f.Resource, "members": ms})
	}
	return obj{"operations": ops, "data": data, "data_index": idx, "versions": versions}
}

func evidenceMap(m map[string][]string) obj {
	out := obj{}
	for k, v := range m {
		out[k] = strings2any(v)
	}
	return out
}

func (o Operation) view() obj {
	ids := make([]any, 0, len(o.Identifiers))
	for _, id := range o.Identifiers {
		ids = append(ids, id.view())
	}
	return where(obj{"pointer": o.Pointer, "file": o.File}, obj{
		"method": o.Method, "path": o.Path,
		"roles": strings2any(o.Roles.Names()), "role_evidence": evidenceMap(o.Roles.Roles),
		"auth_kinds": strings2any(sortedKeys(o.Roles.AuthKinds)), "auth_evidence": evidenceMap(o.Roles.AuthKinds),
		"identifiers": ids, "caller_is_owner": o.CallerIsOwner, "self_evidence": o.SelfEvidence,
		"superseded_by": o.SupersededBy,
	})
}

func (id Identifier) view() obj {
	return where(obj{"pointer": id.Pointer, "file": id.File}, obj{
		"name": id.Name, "in": id.In, "resource": id.Resource, "kind": id.Kind, "guessable": id.Guessable,
		"principal": id.Principal, "evidence": strings2any(id.Evidence),
	})
}

func (d DataItem) view() obj {
	classes := make([]any, 0, len(d.Decisions))
	ev := obj{}
	for _, x := range d.Decisions {
		classes = append(classes, x.Class)
		ev[x.Class] = strings2any(x.Evidence)
	}
	return where(obj{"pointer": d.Pointer, "file": d.File}, obj{
		"kind": d.Kind, "name": d.Name, "in": d.In, "owner": d.Owner, "schema": d.Schema,
		"classes": classes, "evidence": ev, "in_request": d.InRequest, "in_response": d.InResponse,
		"read_only": d.ReadOnly, "write_only": d.WriteOnly,
	})
}
