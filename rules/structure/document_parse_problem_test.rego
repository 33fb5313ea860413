package oasguard.rules.structure.document_parse_problem_test

import data.oasguard.rules.structure.document_parse_problem as rule

test_parse_problem_reported if {
	f := rule.findings with input as {"problems": [{"kind": "parse", "pointer": "/paths/~1a", "file": "frag.yaml", "message": "duplicate key \"get\""}]}
	count(f) == 1
	some x in f
	x.file == "frag.yaml"
	x.message == "duplicate key \"get\""
}

test_other_kinds_not_reported if {
	f := rule.findings with input as {"problems": [{"kind": "schema", "pointer": "/a", "message": "m"}]}
	count(f) == 0
}
