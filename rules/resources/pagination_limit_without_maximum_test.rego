package oasguard.rules.resources.pagination_limit_without_maximum_test

import data.oasguard.rules.resources.pagination_limit_without_maximum as rule

run(name, loc, kw) := f if {
	s := {"id": "s", "type": object.get(kw, "type", ""), "keywords": kw, "all_of": []}
	p := {"name": name, "in": loc, "schema": "s", "pointer": "/components/parameters/limit"}
	ops := [{"parameters": [p]}, {"parameters": [p]}]
	f := rule.findings with input as {"schemas": {"s": s}, "operations": ops}
}

test_unbounded_limit_is_reported_once if {
	f := run("limit", "query", {"type": "integer", "minimum": 1})
	count(f) == 1
	some x in f
	x.pointer == "/components/parameters/limit"
	count(run("per_page", "query", {"type": "integer"})) == 1
	count(run("$top", "query", {"type": "integer"})) == 1
	count(run("pageSize", "query", {"type": "number"})) == 1
}

test_bounded_limit_is_not_reported if {
	count(run("limit", "query", {"type": "integer", "maximum": 100})) == 0
	count(run("limit", "query", {"type": "integer", "enum": [10, 50]})) == 0
}

test_other_parameters_are_not_reported if {
	count(run("page", "query", {"type": "integer"})) == 0
	count(run("limit", "path", {"type": "integer"})) == 0
	count(run("limit", "query", {"type": "string", "enum": ["all"]})) == 0
}
