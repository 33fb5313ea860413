package oasguard.rules.hygiene.pattern_not_portable_test

import data.oasguard.rules.hygiene.pattern_not_portable as rule

test_regex_problem_is_reported if {
	p := {"kind": "regex", "message": "pattern \"(?!a)\" cannot be compiled", "pointer": "/components/schemas/A/pattern", "file": "api.yaml"}
	count(rule.findings) == 1 with input as {"problems": [p]}
}

test_other_problems_are_not_reported if {
	p := {"kind": "schema", "message": "bad", "pointer": "/info", "file": "api.yaml"}
	count(rule.findings) == 0 with input as {"problems": [p]}
}
