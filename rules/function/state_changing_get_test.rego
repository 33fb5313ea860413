package oasguard.rules.function.state_changing_get_test

import data.oasguard.rules.function.state_changing_get as rule

run(method, roles) := f if {
	f := rule.findings with input as {
		"operations": [{"method": method, "path": "/users/{id}/delete", "pointer": "/paths/x/get"}],
		"semantic": {"operations": [{"roles": roles, "role_evidence": {"state_change": [`verb "delete" in path segment "delete"`]}}]},
	}
}

test_get_with_action_verb_is_reported if {
	f := run("get", ["state_change"])
	count(f) == 1
	some x in f
	contains(x.message, "GET /users/{id}/delete")
	contains(x.message, `verb "delete"`)
}

test_safe_get_and_post_are_not_reported if {
	count(run("get", [])) == 0
	count(run("post", ["state_change"])) == 0
}
