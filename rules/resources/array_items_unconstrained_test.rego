package oasguard.rules.resources.array_items_unconstrained_test

import data.oasguard.rules.resources.array_items_unconstrained as rule

arr(items) := {
	"id": "a", "pointer": "/components/schemas/Job/properties/args", "file": "api.yaml", "type": "array",
	"keywords": {"type": "array"}, "items": items, "all_of": [], "in_request": true,
}

item(types, kw) := {
	"id": "i", "pointer": "/components/schemas/Job/properties/args/items", "types": types, "format": "",
	"keywords": kw, "properties": [], "all_of": [], "one_of": [], "any_of": [], "additional_properties": null,
}

run(a, i, doc) := f if {
	f := rule.findings with input as {"file": "api.yaml", "document": doc, "schemas": {"a": a, "i": i}, "operations": roots([a])}
}

test_missing_items_is_reported if {
	f := run(arr(null), item([], {}), {})
	count(f) == 1
	some x in f
	contains(x.message, "no items schema")
}

test_empty_items_is_reported if {
	f := run(arr("i"), item([], {"description": "anything"}), {})
	some x in f
	contains(x.message, "constrains nothing")
}

test_typed_or_constrained_items_are_not_reported if {
	count(run(arr("i"), item(["string"], {"type": "string"}), {})) == 0
	count(run(arr("i"), item([], {"enum": [1, 2]}), {})) == 0
}

test_tuple_is_not_reported if {
	doc := {"components": {"schemas": {"Job": {"properties": {"args": {"type": "array", "prefixItems": [{"type": "string"}]}}}}}}
	count(run(arr(null), item([], {}), doc)) == 0
}

test_response_only_is_not_reported if {
	a := object.union(arr(null), {"in_request": false})
	count(run(a, item([], {}), {})) == 0
}

# roots stands in for the loader: every schema marked in_request or
# in_parameter is sent by some operation (here, as a parameter).
roots(schemas) := [{"parameters": [{"name": "x", "in": "query", "schema": s.id} |
	some s in schemas
	reached(s)
]}]

reached(s) if s.in_request

reached(s) if s.in_parameter
