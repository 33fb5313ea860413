package oasguard.rules.resources.string_without_max_length_test

import data.oasguard.rules.resources.string_without_max_length as rule

schema(id, kw, extra) := object.union(
	{
		"id": id, "pointer": concat("", ["/components/schemas/User/properties/", id]), "file": "api.yaml",
		"type": object.get(kw, "type", ""), "types": [object.get(kw, "type", "")], "format": object.get(kw, "format", ""),
		"keywords": kw, "all_of": [], "in_request": true, "in_response": false, "in_parameter": false,
	},
	extra,
)

run(schemas) := f if {
	f := rule.findings with input as {"schemas": {s.id: s | some s in schemas}, "operations": roots(schemas)}
}

test_unbounded_request_string_is_reported if {
	f := run([schema("name", {"type": "string"}, {})])
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/User/properties/name"
	contains(x.message, `"name"`)
}

test_parameter_string_is_reported if {
	f := run([schema("q", {"type": "string"}, {"in_request": false, "in_parameter": true})])
	count(f) == 1
}

test_response_only_string_is_not_reported if {
	f := run([schema("name", {"type": "string"}, {"in_request": false, "in_response": true})])
	count(f) == 0
}

test_exemptions_are_not_reported if {
	count(run([schema("a", {"type": "string", "maxLength": 10}, {})])) == 0
	count(run([schema("b", {"type": "string", "enum": ["x"]}, {})])) == 0
	count(run([schema("c", {"type": "string", "const": "x"}, {})])) == 0
	count(run([schema("d", {"type": "string", "format": "date-time"}, {})])) == 0
	count(run([schema("e", {"type": "string", "pattern": "^[a-z]{1,8}$"}, {})])) == 0
	count(run([schema("f", {"type": "string", "readOnly": true}, {})])) == 0
	count(run([schema("g", {"type": "string", "format": "binary"}, {})])) == 0
}

test_unbounded_pattern_is_reported if {
	count(run([schema("a", {"type": "string", "pattern": "^[a-z]+$"}, {})])) == 1
	count(run([schema("b", {"type": "string", "pattern": "[a-z]{1,8}"}, {})])) == 1
}

test_allof_branch_bound_counts if {
	parent := schema("p", {"type": "string"}, {"all_of": ["b"]})
	branch := schema("b", {"maxLength": 20}, {})
	count(run([parent, branch])) == 0
}

test_allof_branch_is_checked_on_parent if {
	parent := schema("p", {"maxLength": 20}, {"all_of": ["b"]})
	branch := schema("b", {"type": "string"}, {})
	count(run([parent, branch])) == 0
}

# roots stands in for the loader: every schema marked in_request or
# in_parameter is sent by some operation (here, as a parameter).
roots(schemas) := [{"parameters": [{"name": "x", "in": "query", "schema": s.id} |
	some s in schemas
	reached(s)
]}]

reached(s) if s.in_request

reached(s) if s.in_parameter

test_string_under_read_only_property_is_not_reported if {
	owner := {
		"id": "user", "pointer": "/components/schemas/User", "type": "object", "keywords": {"type": "object"},
		"all_of": [], "in_request": true, "properties": [
			{"name": "audit", "schema": "audit", "read_only": true},
			{"name": "nick", "schema": "nick", "read_only": false},
		],
	}
	audit := {"id": "audit", "pointer": "/components/schemas/User/properties/audit", "type": "object", "keywords": {"type": "object", "readOnly": true}, "all_of": [], "properties": [{"name": "by", "schema": "by", "read_only": false}]}
	by := schema("by", {"type": "string"}, {"pointer": "/components/schemas/User/properties/audit/properties/by"})
	nick := schema("nick", {"type": "string"}, {})
	f := rule.findings with input as {"schemas": {"user": owner, "audit": audit, "by": by, "nick": nick}, "operations": [{"request_body": {"content": [{"schema": "user"}]}}]}
	count(f) == 1
	some x in f
	contains(x.message, `"nick"`)
}
