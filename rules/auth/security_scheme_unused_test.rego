package oasguard.rules.auth.security_scheme_unused_test

import data.oasguard.rules.auth.security_scheme_unused as rule

schemes := {
	"key": {"name": "key", "type": "apiKey", "used": true, "pointer": "/components/securitySchemes/key"},
	"old": {"name": "old", "type": "http", "scheme": "basic", "used": false, "pointer": "/components/securitySchemes/old"},
}

test_unused_is_reported if {
	f := rule.findings with input as {"security_schemes": schemes}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/old"
	contains(x.message, `"old"`)
}

test_used_is_not_reported if {
	f := rule.findings with input as {"security_schemes": {"key": schemes.key}}
	count(f) == 0
}
