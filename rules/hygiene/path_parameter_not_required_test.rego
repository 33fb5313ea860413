package oasguard.rules.hygiene.path_parameter_not_required_test

import data.oasguard.rules.hygiene.path_parameter_not_required as rule

run(loc, required) := f if {
	p := {"name": "id", "in": loc, "required": required, "pointer": "/paths/~1u~1{id}/parameters/0"}
	f := rule.findings with input as {"operations": [{"parameters": [p]}, {"parameters": [p]}]}
}

test_optional_path_parameter_is_reported_once if {
	f := run("path", false)
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1u~1{id}/parameters/0"
}

test_required_or_other_parameters_are_not_reported if {
	count(run("path", true)) == 0
	count(run("query", false)) == 0
}
