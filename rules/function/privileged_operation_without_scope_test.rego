package oasguard.rules.function.privileged_operation_without_scope_test

import data.oasguard.rules.function.privileged_operation_without_scope as rule

schemes := {
	"oauth": {"name": "oauth", "type": "oauth2", "flows": [{"flow": "clientCredentials", "scopes": {"pets:delete": "d"}}]},
	"bare": {"name": "bare", "type": "oauth2", "flows": [{"flow": "clientCredentials", "scopes": {}}]},
}

sec(name, scopes) := {"source": "operation", "anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": name, "type": "oauth2", "scopes": scopes}]}]}

op(method, path, s) := {"path": path, "method": method, "pointer": "/p", "security": s}

run(o) := f if {
	f := rule.findings with input as {"security_schemes": schemes, "operations": [o]}
}

test_delete_without_scope_reported if {
	f := run(op("delete", "/pets/{id}", sec("oauth", [])))
	count(f) == 1
	some x in f
	contains(x.message, `"oauth"`)
}

test_admin_path_without_scope_reported if {
	count(run(op("get", "/admin/stats", sec("oauth", [])))) == 1
}

test_scoped_not_reported if {
	count(run(op("delete", "/pets/{id}", sec("oauth", ["pets:delete"])))) == 0
}

test_scheme_without_declared_scopes_not_reported if {
	count(run(op("delete", "/pets/{id}", sec("bare", [])))) == 0
}

test_ordinary_operation_not_reported if {
	count(run(op("post", "/pets", sec("oauth", [])))) == 0
}
