package oasguard.rules.resources.pattern_not_anchored_test

import data.oasguard.rules.resources.pattern_not_anchored as rule

run(p, extra) := f if {
	s := object.union({"id": "s", "pointer": "/components/schemas/Code", "keywords": {"type": "string", "pattern": p}, "in_request": true}, extra)
	f := rule.findings with input as {"schemas": {"s": s}, "operations": roots([s])}
}

test_unanchored_is_reported if {
	f := run("[a-z]+", {})
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/Code"
}

test_escaped_dollar_is_not_an_anchor if {
	count(run(`[a-z]+\$`, {})) == 1
}

test_prefix_and_suffix_checks_are_not_reported if {
	count(run("^https://", {})) == 0
	count(run(`\.json$`, {})) == 0
}

test_anchored_is_not_reported if {
	count(run("^[a-z]+$", {})) == 0
	count(run(`\A[a-z]+\z`, {})) == 0
	count(run(`^a\\$`, {})) == 0
}

test_response_only_is_not_reported if {
	count(run("[a-z]+", {"in_request": false, "in_response": true})) == 0
}

# roots stands in for the loader: every schema marked in_request or
# in_parameter is sent by some operation (here, as a parameter).
roots(schemas) := [{"parameters": [{"name": "x", "in": "query", "schema": s.id} |
	some s in schemas
	reached(s)
]}]

reached(s) if s.in_request

reached(s) if s.in_parameter
