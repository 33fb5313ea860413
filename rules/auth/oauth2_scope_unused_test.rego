package oasguard.rules.auth.oauth2_scope_unused_test

import data.oasguard.rules.auth.oauth2_scope_unused as rule

schemes := {"o": {"name": "o", "type": "oauth2", "pointer": "/securityDefinitions/o", "flows": [{"flow": "authorizationCode", "pointer": "/securityDefinitions/o", "scopes": {"pets:read": "r", "pets:write": "w", "https://x.example/admin": "a"}}]}}

doc(scopes) := {"security_schemes": schemes, "operations": [], "security": {"source": "root", "pointer": "/security", "requirements": [{"pointer": "/security/0", "empty": false, "schemes": [{"name": "o", "type": "oauth2", "defined": true, "scopes": scopes, "pointer": "/security/0/o"}]}]}}

test_unused_scopes_reported_on_their_key if {
	f := rule.findings with input as doc(["pets:read"])
	count(f) == 2
	ptrs := {x.pointer | some x in f}
	ptrs == {"/securityDefinitions/o/scopes/pets:write", "/securityDefinitions/o/scopes/https:~1~1x.example~1admin"}
}

test_all_used_not_reported if {
	f := rule.findings with input as doc(["pets:read", "pets:write", "https://x.example/admin"])
	count(f) == 0
}

test_scheme_never_used_with_scopes_not_reported if {
	f := rule.findings with input as doc([])
	count(f) == 0
}
