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

test_explicit_empty_on_the_operation_is_a_decision if {
	sec := {"source": "operation", "anonymous": true, "explicit_empty": true, "requirements": []}
	count(rule.findings) == 0 with input as {"operations": [op(sec)]}
}

none := {"source": "none", "anonymous": true, "explicit_empty": false, "requirements": [], "pointer": "/paths/~1pets/get"}

secured := {"source": "operation", "anonymous": false, "explicit_empty": false, "requirements": [{"empty": false, "schemes": [{"name": "k"}]}]}

test_unsecured_document_has_one_fix_at_the_root if {
	ops := [op(none), object.union(op(none), {"method": "post", "pointer": "/paths/~1pets/post"})]
	f := rule.findings with input as {"operations": ops, "file": "api.yaml"}
	count(f) == 2
	every x in f {
		x.fix.pointer == ""
		startswith(x.fix.message, "no operation requires authentication")
	}
}

test_one_unsecured_operation_is_its_own_fix if {
	ops := [op(none), object.union(op(secured), {"method": "post", "pointer": "/paths/~1pets/post"})]
	f := rule.findings with input as {"operations": ops}
	count(f) == 1
	some x in f
	x.fix.pointer == "/paths/~1pets/get"
}

test_inherited_optional_alternative_is_fixed_at_the_root_security if {
	sec := {"source": "root", "pointer": "/security", "anonymous": true, "explicit_empty": false, "requirements": [{"empty": true, "schemes": []}]}
	f := rule.findings with input as {"operations": [op(sec)]}
	some x in f
	x.fix.pointer == "/security"
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
