package oasguard.rules.resources.path_parameter_without_pattern_test

import data.oasguard.rules.resources.path_parameter_without_pattern as rule

param(loc, sid) := {"name": "id", "in": loc, "schema": sid, "pointer": "/paths/~1u~1{id}/parameters/0", "file": "api.yaml"}

sch(kw) := {"id": "s", "type": object.get(kw, "type", ""), "format": object.get(kw, "format", ""), "keywords": kw, "all_of": []}

run(p, kw) := f if {
	f := rule.findings with input as {"operations": [{"parameters": [p]}], "schemas": {"s": sch(kw)}}
}

test_free_string_path_parameter_is_reported if {
	f := run(param("path", "s"), {"type": "string"})
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1u~1{id}/parameters/0"
}

test_constrained_path_parameter_is_not_reported if {
	count(run(param("path", "s"), {"type": "string", "pattern": "^[0-9]+$"})) == 0
	count(run(param("path", "s"), {"type": "string", "format": "uuid"})) == 0
	count(run(param("path", "s"), {"type": "string", "enum": ["a"]})) == 0
}

test_unknown_format_does_not_constrain if {
	count(run(param("path", "s"), {"type": "string", "format": "slug"})) == 1
}

test_query_and_integer_parameters_are_not_reported if {
	count(run(param("query", "s"), {"type": "string"})) == 0
	count(run(param("path", "s"), {"type": "integer"})) == 0
}
