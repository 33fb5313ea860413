package oasguard.rules.auth.authorization_header_parameter_test

import data.oasguard.rules.auth.authorization_header_parameter as rule

param(name, where) := {"name": name, "in": where, "schema": null, "pointer": "/components/parameters/Auth"}

doc(oas, params) := {"oas": oas, "operations": [
	{"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "parameters": params},
	{"path": "/b", "method": "get", "pointer": "/paths/~1b/get", "parameters": params},
]}

test_reported_once_on_shared_parameter if {
	f := rule.findings with input as doc("3.0", [param("authorization", "header")])
	count(f) == 1
	some x in f
	x.pointer == "/components/parameters/Auth"
}

test_swagger_2_not_reported if {
	f := rule.findings with input as doc("2.0", [param("Authorization", "header")])
	count(f) == 0
}

test_other_parameters_not_reported if {
	f := rule.findings with input as doc("3.1", [param("Authorization", "query"), param("X-Request-Id", "header")])
	count(f) == 0
}
