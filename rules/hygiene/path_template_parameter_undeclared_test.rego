package oasguard.rules.hygiene.path_template_parameter_undeclared_test

import data.oasguard.rules.hygiene.path_template_parameter_undeclared as rule

run(path, params) := f if {
	op := {"method": "get", "path": path, "pointer": "/paths/x/get", "parameters": params}
	f := rule.findings with input as {"operations": [op]}
}

test_undeclared_variable_is_reported if {
	f := run("/users/{userId}/orders/{orderId}", [{"name": "userId", "in": "path"}])
	count(f) == 1
	some x in f
	contains(x.message, "{orderId}")
}

test_query_parameter_does_not_count if {
	count(run("/users/{id}", [{"name": "id", "in": "query"}])) == 1
}

test_declared_variables_are_not_reported if {
	count(run("/users/{id}", [{"name": "id", "in": "path"}])) == 0
	count(run("/users", [])) == 0
}
