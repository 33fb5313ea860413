package oasguard.rules.auth.operation_without_security_test

import data.oasguard.rules.auth.operation_without_security as rule

op(sec) := {"path": "/pets", "method": "get", "pointer": "/paths/~1pets/get", "file": "api.yaml", "security": sec}

test_no_security_is_reported if {
	f := rule.findings with input as {"operations": [op({"anonymous": true, "explicit_empty": false, "requirements": []})]}
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1pets/get"
	contains(x.message, "no security requirement")
}

test_explicit_empty_is_reported if {
	f := rule.findings with input as {"operations": [op({"anonymous": true, "explicit_empty": true, "requirements": []})]}
	some x in f
	contains(x.message, "[]")
}

test_optional_alternative_is_reported if {
	sec := {"anonymous": true, "explicit_empty": false, "requirements": [{"empty": true, "schemes": []}]}
	f := rule.findings with input as {"operations": [op(sec)]}
	some x in f
	contains(x.message, "optional")
}

test_secured_is_not_reported if {
	sec := {"anonymous": false, "explicit_empty": false, "requirements": [{"empty": false, "schemes": [{"name": "oauth"}]}]}
	f := rule.findings with input as {"operations": [op(sec)]}
	count(f) == 0
}

test_write_operation_message_says_state_changes if {
	o := object.union(op({"anonymous": true, "explicit_empty": false, "requirements": []}), {"method": "delete"})
	f := rule.findings with input as {"operations": [o]}
	some x in f
	contains(x.message, "DELETE /pets changes state")
}
