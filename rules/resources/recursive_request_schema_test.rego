package oasguard.rules.resources.recursive_request_schema_test

import data.oasguard.rules.resources.recursive_request_schema as rule

run(extra) := f if {
	s := object.union(
		{"id": "n", "name": "Node", "pointer": "/components/schemas/Node", "recursive": true, "is_ref_target": true, "in_request": true, "in_parameter": false},
		extra,
	)
	ops := [{"request_body": {"content": [{"schema": "n"} | s.in_request]}}]
	f := rule.findings with input as {"schemas": {"n": s}, "operations": ops}
}

test_recursive_request_schema_is_reported if {
	f := run({})
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/Node"
	contains(x.message, `"Node"`)
}

test_response_only_recursion_is_not_reported if {
	count(run({"in_request": false, "in_response": true})) == 0
}

test_inline_members_of_the_cycle_are_not_reported if {
	count(run({"is_ref_target": false})) == 0
}

test_non_recursive_is_not_reported if {
	count(run({"recursive": false})) == 0
}
