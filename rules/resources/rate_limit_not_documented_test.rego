package oasguard.rules.resources.rate_limit_not_documented_test

import data.oasguard.rules.resources.rate_limit_not_documented as rule

op(codes) := {"method": "get", "path": "/x", "pointer": "/paths/~1x/get", "responses": [{"status": c} | some c in codes]}

run(ops) := f if {
	f := rule.findings with input as {"file": "api.yaml", "operations": ops}
}

test_no_429_is_reported_once if {
	f := run([op(["200"]), op(["200", "404"]), op(["201"])])
	count(f) == 1
	some x in f
	x.pointer == "/paths"
	x.file == "api.yaml"
	contains(x.message, "no operation")
}

test_few_429_is_reported_once if {
	f := run([op(["200", "429"]), op(["200"]), op(["201"])])
	count(f) == 1
	some x in f
	contains(x.message, "only 1 of 3")
}

test_most_429_is_not_reported if {
	count(run([op(["200", "429"]), op(["200", "4XX"]), op(["201"])])) == 0
}

test_no_operation_is_not_reported if {
	count(run([])) == 0
}
