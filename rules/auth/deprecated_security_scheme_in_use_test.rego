package oasguard.rules.auth.deprecated_security_scheme_in_use_test

import data.oasguard.rules.auth.deprecated_security_scheme_in_use as rule

schemes := {
	"old": {"name": "old", "type": "apiKey", "deprecated": true, "pointer": "/components/securitySchemes/old"},
	"new": {"name": "new", "type": "oauth2", "deprecated": false, "pointer": "/components/securitySchemes/new"},
}

doc(names) := {"security_schemes": schemes, "operations": [], "security": {"source": "root", "pointer": "/security", "requirements": [{"pointer": sprintf("/security/%d", [i]), "empty": false, "schemes": [{"name": n, "type": "", "defined": true, "scopes": [], "pointer": sprintf("/security/%d/%s", [i, n])}]} | some i, n in names]}}

test_deprecated_in_use_reported if {
	f := rule.findings with input as doc(["new", "old"])
	count(f) == 1
	some x in f
	x.pointer == "/security/1/old"
}

test_only_current_not_reported if {
	f := rule.findings with input as doc(["new"])
	count(f) == 0
}
