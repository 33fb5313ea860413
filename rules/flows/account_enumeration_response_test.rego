package oasguard.rules.flows.account_enumeration_response_test

import data.oasguard.rules.flows.account_enumeration_response as rule

op(method, path, statuses) := {"method": method, "path": path, "pointer": path, "responses": [{"status": s} | some s in statuses]}

test_enumerating_flows_are_reported if {
	ops := [op("post", "/signup", ["201", "409"]), op("post", "/forgot-password", ["202", "404"]), op("get", "/users/{email}/exists", ["200", "404"])]
	f := rule.findings with input as {"operations": ops}
	count(f) == 3
	some x in f
	contains(x.message, "409")
}

test_uniform_answers_and_other_paths_are_not_reported if {
	ops := [op("post", "/signup", ["201", "400"]), op("get", "/orders/{id}", ["200", "404"]), op("get", "/products/available", ["404"])]
	count(rule.findings) == 0 with input as {"operations": ops}
}
