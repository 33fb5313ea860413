package oasguard.rules.resources.numeric_without_maximum_test

import data.oasguard.rules.resources.numeric_without_maximum as rule

sch(name, kw) := {
	"id": name, "pointer": concat("", ["/components/schemas/Order/properties/", name]), "type": kw.type,
	"format": object.get(kw, "format", ""), "keywords": kw, "all_of": [], "in_request": true,
}

run(schemas, ops) := f if {
	f := rule.findings with input as {"schemas": {s.id: s | some s in schemas}, "operations": array.concat(ops, roots(schemas))}
}

test_unbounded_quantity_is_reported if {
	f := run([sch("quantity", {"type": "integer"})], [])
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/Order/properties/quantity"
	contains(x.message, "any magnitude")
}

test_int64_is_still_reported if {
	f := run([sch("quantity", {"type": "integer", "format": "int64"})], [])
	some x in f
	contains(x.message, "int64")
}

test_bounded_is_not_reported if {
	count(run([sch("quantity", {"type": "integer", "maximum": 10})], [])) == 0
	count(run([sch("ratio", {"type": "number", "exclusiveMaximum": 1})], [])) == 0
	count(run([sch("level", {"type": "integer", "enum": [1, 2]})], [])) == 0
}

test_identifiers_are_not_reported if {
	count(run([sch("id", {"type": "integer"})], [])) == 0
	count(run([sch("customerId", {"type": "integer"})], [])) == 0
}

test_id_and_page_size_parameters_are_not_reported if {
	s := {"id": "p", "pointer": "/paths/~1o/get/parameters/0/schema", "type": "integer", "format": "", "keywords": {"type": "integer"}, "all_of": [], "in_parameter": true}
	count(run([s], [{"parameters": [{"name": "orderId", "schema": "p"}]}])) == 0
	count(run([s], [{"parameters": [{"name": "limit", "schema": "p"}]}])) == 0
	count(run([s], [{"parameters": [{"name": "amount", "schema": "p"}]}])) == 1
}

test_response_only_is_not_reported if {
	s := object.union(sch("total", {"type": "integer"}), {"in_request": false, "in_response": true})
	count(run([s], [])) == 0
}

# roots stands in for the loader: every schema marked in_request or
# in_parameter is sent by some operation (here, as a parameter).
roots(schemas) := [{"parameters": [{"name": "x", "in": "query", "schema": s.id} |
	some s in schemas
	reached(s)
]}]

reached(s) if s.in_request

reached(s) if s.in_parameter
