package oasguard.rules.auth.scopes_on_non_oauth_scheme_test

import data.oasguard.rules.auth.scopes_on_non_oauth_scheme as rule

doc(oas, type, scopes) := {"oas": oas, "operations": [], "security_schemes": {"k": {"name": "k", "type": type, "pointer": "/components/securitySchemes/k"}}, "security": {"source": "root", "pointer": "/security", "requirements": [{"pointer": "/security/0", "empty": false, "schemes": [{"name": "k", "type": type, "defined": true, "scopes": scopes, "pointer": "/security/0/k"}]}]}}

test_apikey_with_scopes_reported_in_3_0 if {
	f := rule.findings with input as doc("3.0", "apiKey", ["admin"])
	count(f) == 1
	some x in f
	x.pointer == "/security/0/k"
	x.fix.pointer == "/components/securitySchemes/k"
}

test_apikey_with_scopes_reported_in_2_0 if {
	f := rule.findings with input as doc("2.0", "http", ["admin"])
	count(f) == 1
}

test_roles_allowed_in_3_1 if {
	f := rule.findings with input as doc("3.1", "apiKey", ["admin"])
	count(f) == 0
}

test_oauth_and_empty_not_reported if {
	f1 := rule.findings with input as doc("3.0", "oauth2", ["admin"])
	count(f1) == 0
	f2 := rule.findings with input as doc("3.0", "apiKey", [])
	count(f2) == 0
	f3 := rule.findings with input as doc("3.0", "openIdConnect", ["email"])
	count(f3) == 0
}
