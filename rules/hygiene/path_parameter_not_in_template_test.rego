package oasguard.rules.hygiene.path_parameter_not_in_template_test

import data.oasguard.rules.hygiene.path_parameter_not_in_template as rule

run(path, params) := f if {
	op := {"method": "get", "path": path, "pointer": "/paths/x/get", "parameters": params}
	f := rule.findings with input as {"operations": [op]}
}

test_stray_path_parameter_is_reported if {
	f := run("/users/{id}", [{"name": "id", "in": "path", "pointer": "/p/0"}, {"name": "userId", "in": "path", "pointer": "/p/1"}])
	count(f) == 1
	some x in f
	x.pointer == "/p/1"
}

test_matching_and_non_path_parameters_are_not_reported if {
	count(run("/users/{id}", [{"name": "id", "in": "path", "pointer": "/p/0"}, {"name": "q", "in": "query", "pointer": "/p/1"}])) == 0
}
