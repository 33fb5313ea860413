package oasguard.rules.function.admin_operation_shares_user_security_test

import data.oasguard.rules.function.admin_operation_shares_user_security as rule

sec(scopes) := {"source": "operation", "anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": "oauth", "type": "oauth2", "scopes": scopes}]}]}

op(method, path, s) := {"path": path, "method": method, "pointer": sprintf("/paths/%s/%s", [path, method]), "security": s}

test_admin_with_user_scopes_reported if {
	f := rule.findings with input as {"operations": [op("get", "/pets", sec(["read", "write"])), op("delete", "/admin/pets/{id}", sec(["write", "read"]))]}
	count(f) == 1
	some x in f
	contains(x.message, "DELETE /admin/pets/{id}")
}

test_admin_scope_not_reported if {
	f := rule.findings with input as {"operations": [op("get", "/pets", sec(["read"])), op("delete", "/internal/pets/{id}", sec(["admin"]))]}
	count(f) == 0
}

test_only_admin_operations_not_reported if {
	f := rule.findings with input as {"operations": [op("get", "/admin/users", sec([])), op("delete", "/admin/users/{id}", sec([]))]}
	count(f) == 0
}

test_non_admin_segment_not_reported if {
	f := rule.findings with input as {"operations": [op("get", "/pets", sec([])), op("get", "/administrators-guide", sec([])), op("get", "/shops/{id}", sec([]))]}
	count(f) == 0
}
