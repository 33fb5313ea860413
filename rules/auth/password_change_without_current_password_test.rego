package oasguard.rules.auth.password_change_without_current_password_test

import data.oasguard.rules.auth.password_change_without_current_password as rule

body(props) := {"s1": {"id": "s1", "properties": [{"name": n} | some n in props]}}

run(path, props, sem) := f if {
	f := rule.findings with input as {
		"operations": [{"method": "put", "path": path, "pointer": "/paths/x/put", "request_body": {"content": [{"schema": "s1"}]}}],
		"schemas": body(props),
		"semantic": {"operations": [sem]},
	}
}

change := {"roles": ["authentication"], "auth_kinds": ["password_change"], "identifiers": [], "path": "/me/password"}

user_update := {"roles": [], "auth_kinds": [], "identifiers": [{"in": "path", "name": "id", "principal": true}], "path": "/users/{id}"}

test_new_password_alone_is_reported if {
	f := run("/me/password", ["new_password"], change)
	count(f) == 1
	some x in f
	contains(x.message, `"new_password"`)
}

test_user_update_with_password_is_reported if {
	count(run("/users/{id}", ["email", "password"], user_update)) == 1
}

test_current_password_or_code_exempts if {
	count(run("/me/password", ["new_password", "current_password"], change)) == 0
	count(run("/me/password", ["password", "otp"], change)) == 0
}

test_reset_and_unrelated_updates_are_not_reported if {
	count(run("/password/reset", ["password"], {"roles": [], "auth_kinds": ["password_reset"], "identifiers": [], "path": "/password/reset"})) == 0
	count(run("/users/{id}", ["email"], user_update)) == 0
	count(run("/orders/{id}", ["password"], {"roles": [], "auth_kinds": [], "path": "/orders/{id}", "identifiers": [{"in": "path", "name": "id", "principal": false}]})) == 0
	nested := object.union(user_update, {"path": "/users/{id}/credentials"})
	count(run("/users/{id}/credentials", ["password"], nested)) == 0
	count(run("/admin/users/{id}", ["password"], object.union(user_update, {"roles": ["administration"]}))) == 0
}
