package oasguard.rules.function.write_operation_same_scopes_as_read_test

import data.oasguard.rules.function.write_operation_same_scopes_as_read as rule

sec(scopes) := {"source": "root", "anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": "oauth", "type": "oauth2", "scopes": scopes}]}]}

op(method, path, s) := {"path": path, "method": method, "pointer": sprintf("/paths/%s/%s", [path, method]), "security": s}

run(ops) := f if {
	f := rule.findings with input as {"operations": ops}
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
