package oasguard.rules.function.oauth2_scopes_missing_for_writes_test

import data.oasguard.rules.function.oauth2_scopes_missing_for_writes as rule

scheme(scopes) := {"oauth": {"type": "oauth2", "flows": [{"flow": "authorizationCode", "pointer": "/components/securitySchemes/oauth/flows/authorizationCode", "scopes": scopes}]}}

op(method) := {"method": method, "path": "/orders", "pointer": "/paths/~1orders/post", "security": {"requirements": [{"schemes": [{"name": "oauth", "scopes": []}]}]}}

run(scopes, method) := f if {
	f := rule.findings with input as {"security_schemes": scheme(scopes), "operations": [op(method)]}
}

test_no_scopes_with_writes_is_reported_at_the_flow if {
	f := run({}, "post")
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/oauth/flows/authorizationCode"
	contains(x.message, "declares no scopes")
}

test_placeholder_scopes_are_reported_at_the_scopes_key if {
	f := run({"scope1": "", "default": "x"}, "delete")
	some x in f
	x.pointer == "/components/securitySchemes/oauth/flows/authorizationCode/scopes"
	contains(x.message, "default, scope1")
}

test_real_scopes_or_reads_only_are_not_reported if {
	count(run({"orders:read": "", "orders:write": ""}, "post")) == 0
	count(run({}, "get")) == 0
}
