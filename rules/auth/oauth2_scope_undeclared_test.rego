package oasguard.rules.auth.oauth2_scope_undeclared_test

import data.oasguard.rules.auth.oauth2_scope_undeclared as rule

schemes := {"o": {"name": "o", "type": "oauth2", "pointer": "/s/o", "flows": [
	{"flow": "implicit", "scopes": {"read": "r"}, "pointer": "/s/o/flows/implicit"},
	{"flow": "clientCredentials", "scopes": {"admin": "a"}, "pointer": "/s/o/flows/clientCredentials"},
]}}

doc(scopes) := {"security_schemes": schemes, "operations": [], "security": {"source": "root", "pointer": "/security", "requirements": [{"pointer": "/security/0", "empty": false, "schemes": [{"name": "o", "type": "oauth2", "defined": true, "scopes": scopes, "pointer": "/security/0/o"}]}]}}

test_undeclared_scope_reported if {
	f := rule.findings with input as doc(["read", "wirte"])
	count(f) == 1
	some x in f
	x.pointer == "/security/0/o"
	contains(x.message, `"wirte"`)
}

test_scopes_of_any_flow_accepted if {
	f := rule.findings with input as doc(["read", "admin"])
	count(f) == 0
}
