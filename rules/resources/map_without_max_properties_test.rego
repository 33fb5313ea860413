package oasguard.rules.resources.map_without_max_properties_test

import data.oasguard.rules.resources.map_without_max_properties as rule

run(ap, kw, extra) := f if {
	s := object.union(
		{
			"id": "m", "name": "", "pointer": "/components/schemas/Device/properties/labels", "type": "object",
			"keywords": kw, "all_of": [], "additional_properties": ap, "in_request": true,
		},
		extra,
	)
	f := rule.findings with input as {"schemas": {"m": s}, "operations": roots([s])}
}

test_open_map_is_reported if {
	f := run("schema", {"type": "object"}, {})
	count(f) == 1
	some x in f
	contains(x.message, `"labels"`)
	count(run(true, {"type": "object"}, {})) == 1
}

test_bounded_or_closed_is_not_reported if {
	count(run("schema", {"type": "object", "maxProperties": 20}, {})) == 0
	count(run(false, {"type": "object"}, {})) == 0
	count(run(null, {"type": "object"}, {})) == 0
}

test_response_only_is_not_reported if {
	count(run("schema", {"type": "object"}, {"in_request": false, "in_response": true})) == 0
}

# roots stands in for the loader: every schema marked in_request or
# in_parameter is sent by some operation (here, as a parameter).
roots(schemas) := [{"parameters": [{"name": "x", "in": "query", "schema": s.id} |
	some s in schemas
	reached(s)
]}]

reached(s) if s.in_request

reached(s) if s.in_parameter
