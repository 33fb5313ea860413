package oasguard.rules.resources.array_without_max_items_test

import data.oasguard.rules.resources.array_without_max_items as rule

arr(kw, items) := {
	"id": "a", "pointer": "/components/schemas/Post/properties/tags", "type": "array", "keywords": kw,
	"items": items, "all_of": [], "in_request": true,
}

item(kw) := {"id": "i", "pointer": "/components/schemas/Post/properties/tags/items", "type": "string", "keywords": kw, "all_of": []}

run(a, i, ops) := f if {
	f := rule.findings with input as {"schemas": {"a": a, "i": i}, "operations": array.concat(ops, roots([a]))}
}

test_unbounded_array_is_reported if {
	f := run(arr({"type": "array"}, "i"), item({"type": "string"}), [])
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/Post/properties/tags"
	contains(x.message, `"tags"`)
}

test_max_items_is_not_reported if {
	count(run(arr({"type": "array", "maxItems": 10}, "i"), item({"type": "string"}), [])) == 0
}

test_unique_enum_items_are_not_reported if {
	count(run(arr({"type": "array", "uniqueItems": true}, "i"), item({"type": "string", "enum": ["a", "b"]}), [])) == 0
	count(run(arr({"type": "array"}, "i"), item({"type": "string", "enum": ["a", "b"]}), [])) == 1
}

test_request_body_array_is_left_to_the_batch_rule if {
	ops := [{"request_body": {"content": [{"schema": "a"}]}}]
	count(run(arr({"type": "array"}, "i"), item({"type": "string"}), ops)) == 0
}

test_response_only_array_is_not_reported if {
	a := object.union(arr({"type": "array"}, "i"), {"in_request": false, "in_response": true})
	count(run(a, item({"type": "string"}), [])) == 0
}

# roots stands in for the loader: every schema marked in_request or
# in_parameter is sent by some operation (here, as a parameter).
roots(schemas) := [{"parameters": [{"name": "x", "in": "query", "schema": s.id} |
	some s in schemas
	reached(s)
]}]

reached(s) if s.in_request

reached(s) if s.in_parameter

test_read_only_items_subtree_is_not_reported if {
	outer := {"id": "o", "pointer": "/components/schemas/Account/properties/promos", "type": "array", "keywords": {"type": "array"}, "items": "ro", "all_of": [], "in_request": true}
	ro := {"id": "ro", "pointer": "/components/schemas/Account/properties/promos/items", "type": "object", "keywords": {"type": "object", "readOnly": true}, "all_of": [], "properties": [{"name": "codes", "schema": "inner", "read_only": false}]}
	inner := {"id": "inner", "pointer": "/components/schemas/Account/properties/promos/items/properties/codes", "type": "array", "keywords": {"type": "array"}, "items": null, "all_of": [], "in_request": true}
	f := rule.findings with input as {"schemas": {"o": outer, "ro": ro, "inner": inner}, "operations": [{"parameters": [{"name": "x", "schema": "o"}]}]}
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/Account/properties/promos"
}
