package oasguard.rules.auth.http_auth_scheme_unknown_test

import data.oasguard.rules.auth.http_auth_scheme_unknown as rule

scheme(name, type, http) := {"name": name, "type": type, "scheme": http, "used": true, "pointer": concat("/", ["/components/securitySchemes", name])}

test_jwt_is_reported_with_hint if {
	f := rule.findings with input as {"security_schemes": {"a": scheme("a", "http", "jwt")}}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/a/scheme"
	contains(x.message, `did you mean "bearer"`)
}

test_custom_is_reported_without_hint if {
	f := rule.findings with input as {"security_schemes": {"a": scheme("a", "http", "x-custom-hmac")}}
	count(f) == 1
	some x in f
	not contains(x.message, "did you mean")
}

test_registered_schemes_not_reported if {
	schemes := {n: scheme(n, "http", n) | some n in ["bearer", "basic", "digest", "negotiate", "scram-sha-256", "dpop"]}
	f := rule.findings with input as {"security_schemes": schemes}
	count(f) == 0
}

test_missing_scheme_and_other_types_not_reported if {
	f := rule.findings with input as {"security_schemes": {"a": scheme("a", "http", ""), "b": scheme("b", "apiKey", "")}}
	count(f) == 0
}
