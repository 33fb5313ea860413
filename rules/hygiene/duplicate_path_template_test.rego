package oasguard.rules.hygiene.duplicate_path_template_test

import data.oasguard.rules.hygiene.duplicate_path_template as rule

run(paths) := f if {
	f := rule.findings with input as {"paths": [{"path": p, "pointer": concat("", ["/paths/", p])} | some p in paths]}
}

test_equivalent_templates_are_reported_once if {
	f := run(["/users/{id}", "/orders", "/users/{userId}"])
	count(f) == 1
	some x in f
	x.pointer == "/paths//users/{userId}"
	contains(x.message, "/users/{id}")
}

test_three_equivalent_templates_give_two_findings if {
	count(run(["/a/{x}", "/a/{y}", "/a/{z}"])) == 2
}

test_distinct_templates_are_not_reported if {
	count(run(["/users/{id}", "/users/me", "/users/{id}/orders", "/users"])) == 0
}
