package oasguard.rules.auth.api_key_in_cookie_test

import data.oasguard.rules.auth.api_key_in_cookie as rule

key(name, where) := {"name": name, "type": "apiKey", "in": where, "param_name": "api_key", "scheme": "", "used": true, "pointer": concat("/", ["/components/securitySchemes", name])}

test_reported if {
	f := rule.findings with input as {"security_schemes": {"k": key("k", "cookie"), "o": {"name": "o", "type": "oauth2", "in": "", "pointer": "/o"}}}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/k/in"
	contains(x.message, `"api_key"`)
}

test_other_location_not_reported if {
	f := rule.findings with input as {"security_schemes": {"k": key("k", "header")}}
	count(f) == 0
}
