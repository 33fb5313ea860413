package oasguard.rules.auth.no_security_schemes_test

import data.oasguard.rules.auth.no_security_schemes as rule

ops := [{"path": "/pets", "method": "get", "pointer": "/paths/~1pets/get"}]

test_no_schemes_is_reported if {
	f := rule.findings with input as {"info": {"pointer": "/info"}, "security_schemes": {}, "operations": ops}
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1pets/get"
	x.fix.pointer == ""
	contains(x.fix.message, "1 operations")
}

test_absent_schemes_is_reported if {
	f := rule.findings with input as {"info": {"pointer": "/info"}, "operations": ops}
	count(f) == 1
}

test_schemes_present_is_not_reported if {
	schemes := {"key": {"name": "key", "type": "apiKey", "pointer": "/components/securitySchemes/key"}}
	f := rule.findings with input as {"info": {"pointer": "/info"}, "security_schemes": schemes, "operations": ops}
	count(f) == 0
}

test_no_operations_is_not_reported if {
	f := rule.findings with input as {"info": {"pointer": "/info"}, "security_schemes": {}, "operations": []}
	count(f) == 0
}
