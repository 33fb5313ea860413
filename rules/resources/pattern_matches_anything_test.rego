package oasguard.rules.resources.pattern_matches_anything_test

import data.oasguard.rules.resources.pattern_matches_anything as rule

run(p, extra) := f if {
	s := object.union({"id": "s", "pointer": "/components/schemas/Note", "keywords": {"type": "string", "pattern": p}, "in_parameter": true}, extra)
	f := rule.findings with input as {"schemas": {"s": s}, "operations": roots([s])}
}

test_match_all_patterns_are_reported if {
	count(run(".*", {})) == 1
	count(run("^.*$", {})) == 1
	count(run("^.+$", {})) == 1
	count(run("^(.*)$", {})) == 1
	count(run(`^[\s\S]*$`, {})) == 1
}

test_real_patterns_are_not_reported if {
	count(run("^[a-z].*$", {})) == 0
	count(run("^.{1,10}$", {})) == 0
	count(run(`^\.*$`, {})) == 0
}

test_response_only_is_not_reported if {
	count(run(".*", {"in_parameter": false, "in_response": true})) == 0
}

# roots stands in for the loader: every schema marked in_request or
# in_parameter is sent by some operation (here, as a parameter).
roots(schemas) := [{"parameters": [{"name": "x", "in": "query", "schema": s.id} |
	some s in schemas
	reached(s)
]}]

reached(s) if s.in_request

reached(s) if s.in_parameter
