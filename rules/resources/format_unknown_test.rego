package oasguard.rules.resources.format_unknown_test

import data.oasguard.rules.resources.format_unknown as rule

run(t, fmt, extra) := f if {
	s := object.union({"id": "s", "pointer": "/components/schemas/Site/properties/home", "type": t, "format": fmt, "keywords": {}, "in_request": true}, extra)
	f := rule.findings with input as {"schemas": {"s": s}, "operations": roots([s])}
}

test_unknown_format_is_reported if {
	f := run("string", "url", {})
	count(f) == 1
	some x in f
	contains(x.message, `"url"`)
}

test_known_formats_are_not_reported if {
	count(run("string", "uri", {})) == 0
	count(run("string", "Date-Time", {})) == 0
	count(run("integer", "int64", {})) == 0
	count(run("string", "", {})) == 0
}

test_response_only_is_not_reported if {
	count(run("string", "url", {"in_request": false, "in_response": true})) == 0
}

test_type_name_format_is_not_reported if {
	count(run("string", "string", {})) == 0
}

# roots stands in for the loader: every schema marked in_request or
# in_parameter is sent by some operation (here, as a parameter).
roots(schemas) := [{"parameters": [{"name": "x", "in": "query", "schema": s.id} |
	some s in schemas
	reached(s)
]}]

reached(s) if s.in_request

reached(s) if s.in_parameter
