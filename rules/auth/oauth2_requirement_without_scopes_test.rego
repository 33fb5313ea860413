package oasguard.rules.auth.oauth2_requirement_without_scopes_test

import data.oasguard.rules.auth.oauth2_requirement_without_scopes as rule

oauth(scopes) := {"o": {"name": "o", "type": "oauth2", "pointer": "/s/o", "flows": [{"flow": "clientCredentials", "scopes": scopes, "pointer": "/s/o/f"}]}}

entry(scopes) := {"name": "o", "type": "oauth2", "defined": true, "scopes": scopes, "pointer": "/paths/~1a/get/security/0/o"}

sec(src, scopes) := {"source": src, "pointer": "/paths/~1a/get/security", "requirements": [{"pointer": "/paths/~1a/get/security/0", "empty": false, "schemes": [entry(scopes)]}]}

doc(declared, scopes) := {
	"security_schemes": oauth(declared), "security": {"source": "none", "requirements": []},
	"operations": [{"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "security": sec("operation", scopes)}],
}

test_empty_scopes_reported if {
	f := rule.findings with input as doc({"read": "r"}, [])
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1a/get/security/0/o"
}

test_scoped_requirement_not_reported if {
	f := rule.findings with input as doc({"read": "r"}, ["read"])
	count(f) == 0
}

test_scheme_without_scopes_not_reported if {
	f := rule.findings with input as doc({}, [])
	count(f) == 0
}

test_callbacks_not_reported if {
	d := {"security_schemes": oauth({"read": "r"}), "security": {"source": "none", "requirements": []}, "operations": [], "callbacks": [{"path": "{$url}", "method": "post", "pointer": "/cb", "security": sec("operation", [])}]}
	f := rule.findings with input as d
	count(f) == 0
}
