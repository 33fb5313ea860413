package oasguard.rules.auth.bearer_format_missing_test

import data.oasguard.rules.auth.bearer_format_missing as rule

bearer(fmt) := {"b": {"name": "b", "type": "http", "scheme": "bearer", "bearer_format": fmt, "description": "", "pointer": "/components/securitySchemes/b"}}

test_missing_format_reported if {
	f := rule.findings with input as {"security_schemes": bearer("")}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/b"
}

test_format_present_not_reported if {
	f := rule.findings with input as {"security_schemes": bearer("JWT")}
	count(f) == 0
}

test_basic_not_reported if {
	f := rule.findings with input as {"security_schemes": {"b": {"name": "b", "type": "http", "scheme": "basic", "bearer_format": "", "pointer": "/b"}}}
	count(f) == 0
}
