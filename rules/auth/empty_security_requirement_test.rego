package oasguard.rules.auth.empty_security_requirement_test

import data.oasguard.rules.auth.empty_security_requirement as rule

sec(reqs) := {"source": "root", "requirements": reqs}

test_empty_requirement_is_reported if {
	f := rule.findings with input as {"security": sec([{"empty": false, "pointer": "/security/0", "schemes": []}, {"empty": true, "pointer": "/security/1", "schemes": []}]), "operations": []}
	count(f) == 1
	some x in f
	x.pointer == "/security/1"
}

test_filled_requirements_are_not_reported if {
	f := rule.findings with input as {"security": sec([{"empty": false, "pointer": "/security/0", "schemes": []}]), "operations": []}
	count(f) == 0
}

test_root_empty_array_is_reported if {
	f := rule.findings with input as {"security": {"source": "root", "explicit_empty": true, "pointer": "/security", "requirements": []}, "operations": []}
	count(f) == 1
	some x in f
	x.pointer == "/security"
}
