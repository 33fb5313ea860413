package oasguard.rules.auth.jwt_best_practices_undocumented_test

import data.oasguard.rules.auth.jwt_best_practices_undocumented as rule

scheme(type, http, fmt, desc) := {"s": {"name": "s", "type": type, "scheme": http, "bearer_format": fmt, "description": desc, "pointer": "/components/securitySchemes/s"}}

test_bearer_jwt_reported if {
	f := rule.findings with input as {"security_schemes": scheme("http", "bearer", "JWT", "Access token.")}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/s"
}

test_oidc_reported if {
	f := rule.findings with input as {"security_schemes": scheme("openIdConnect", "", "", "")}
	count(f) == 1
}

test_oauth2_described_as_jwt_reported if {
	f := rule.findings with input as {"security_schemes": scheme("oauth2", "", "", "Access tokens are JWTs signed by the IdP.")}
	count(f) == 1
}

test_rfc_8725_stated_not_reported if {
	f := rule.findings with input as {"security_schemes": scheme("http", "bearer", "JWT", "Validated per RFC 8725.")}
	count(f) == 0
}

test_opaque_tokens_not_reported if {
	f1 := rule.findings with input as {"security_schemes": scheme("http", "bearer", "opaque", "")}
	count(f1) == 0
	f2 := rule.findings with input as {"security_schemes": scheme("oauth2", "", "", "Authorization code flow.")}
	count(f2) == 0
}
