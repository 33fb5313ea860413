package oasguard.rules.exposure.sensitive_data_in_url_test

import data.oasguard.rules.exposure.sensitive_data_in_url as rule

param(name, where, schema) := {"name": name, "in": where, "schema": schema, "pointer": concat("/", ["/components/parameters", name])}

doc(params) := {
	"operations": [{"method": "get", "path": "/people", "pointer": "/paths/~1people/get", "parameters": params}],
	"schemas": {
		"s": {"id": "s", "type": "string", "format": "", "keywords": {}},
		"pw": {"id": "pw", "type": "string", "format": "password", "keywords": {}},
	},
}

test_sensitive_params_are_reported if {
	f := rule.findings with input as doc([param("ssn", "query", "s"), param("cardNumber", "path", "s"), param("dateOfBirth", "query", "s"), param("pin", "query", "pw")])
	count(f) == 4
	some x in f
	x.pointer == "/components/parameters/ssn"
	contains(x.message, "government identifier")
}

test_headers_and_body_are_not_reported if {
	f := rule.findings with input as doc([param("ssn", "header", "s"), param("card_number", "cookie", "s")])
	count(f) == 0
}

test_unrelated_params_are_not_reported if {
	f := rule.findings with input as doc([param("birth_year", "query", "s"), param("ssn_last4", "query", "s"), param("card_type", "query", "s")])
	count(f) == 0
}
