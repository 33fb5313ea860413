package oasguard.rules.function.write_operation_same_scopes_as_read_test

import data.oasguard.rules.function.write_operation_same_scopes_as_read as rule

sec(scopes) := {"source": "root", "anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": "oauth", "type": "oauth2", "scopes": scopes}]}]}

op(method, path, s) := {"path": path, "method": method, "pointer": sprintf("/paths/%s/%s", [path, method]), "security": s}

schemes := {"oauth": {"name": "oauth", "type": "oauth2", "flows": [{"flow": "clientCredentials", "scopes": {"pets": "p", "pets:admin": "a"}}]}}

run(ops) := f if {
	f := rule.findings with input as {"operations": ops, "security_schemes": schemes}
}

test_same_scopes_reported if {
	f := run([op("get", "/pets", sec(["pets"])), op("post", "/pets", sec(["pets"])), op("delete", "/pets", sec(["pets"]))])
	count(f) == 2
	some x in f
	contains(x.message, "POST /pets")
}

test_different_scopes_not_reported if {
	count(run([op("get", "/pets", sec(["pets"])), op("post", "/pets", sec(["pets", "pets:admin"]))])) == 0
}

test_other_path_not_reported if {
	count(run([op("get", "/pets", sec(["pets"])), op("post", "/orders", sec(["pets"]))])) == 0
}

test_no_scopes_not_reported if {
	count(run([op("get", "/pets", sec([])), op("post", "/pets", sec([]))])) == 0
}

test_read_scopes_left_to_other_rule if {
	count(run([op("get", "/pets", sec(["pets:read"])), op("post", "/pets", sec(["pets:read"]))])) == 0
}

test_single_scope_api_not_reported if {
	one := {"oauth": {"name": "oauth", "type": "oauth2", "flows": [{"flow": "implicit", "scopes": {"user_impersonation": "u"}}]}}
	ops := [op("get", "/vms", sec(["user_impersonation"])), op("put", "/vms", sec(["user_impersonation"]))]
	f := rule.findings with input as {"operations": ops, "security_schemes": one}
	count(f) == 0
}

test_read_like_post_not_reported if {
	count(run([op("get", "/pets/search", sec(["pets"])), op("post", "/pets/search", sec(["pets"]))])) == 0
}
