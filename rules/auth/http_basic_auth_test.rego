package oasguard.rules.auth.http_basic_auth_test

import data.oasguard.rules.auth.http_basic_auth as rule

scheme(name, type, http) := {"name": name, "type": type, "scheme": http, "used": true, "pointer": concat("/", ["/components/securitySchemes", name])}

test_reported if {
	f := rule.findings with input as {"security_schemes": {"a": scheme("a", "http", "basic"), "b": scheme("b", "oauth2", "")}}
	count(f) == 1
	some x in f
	x.pointer == "/components/securitySchemes/a/scheme"
	contains(x.message, `"a"`)
}

test_other_http_scheme_not_reported if {
	f := rule.findings with input as {"security_schemes": {"a": scheme("a", "http", "bearer")}}
	count(f) == 0
}

test_apikey_not_reported if {
	f := rule.findings with input as {"security_schemes": {"a": scheme("a", "apiKey", "")}}
	count(f) == 0
}

test_swagger2_basic_is_reported_at_its_type_key if {
	s := {"name": "b", "type": "http", "scheme": "basic", "used": true, "pointer": "/securityDefinitions/b"}
	f := rule.findings with input as {"oas": "2.0", "security_schemes": {"b": s}}
	some x in f
	x.pointer == "/securityDefinitions/b/type"
}
