package oasguard.rules.exposure.contact_data_in_url_test

import data.oasguard.rules.exposure.contact_data_in_url as rule

param(name, where, schema) := {"name": name, "in": where, "schema": schema, "pointer": concat("/", ["/p", name])}

doc(params) := {
	"operations": [{"method": "get", "path": "/people", "pointer": "/paths/~1people/get", "parameters": params}],
	"schemas": {
		"s": {"id": "s", "type": "string", "format": "", "keywords": {}},
		"mail": {"id": "mail", "type": "string", "format": "email", "keywords": {}},
	},
}

test_contact_params_are_reported if {
	f := rule.findings with input as doc([param("email", "query", "s"), param("phoneNumber", "path", "s"), param("login", "query", "mail")])
	count(f) == 3
	some x in f
	x.pointer == "/p/login"
	contains(x.message, "email")
}

test_other_locations_and_names_are_not_reported if {
	f := rule.findings with input as doc([param("email", "header", "s"), param("email_verified", "query", "s"), param("phone_type", "query", "s")])
	count(f) == 0
}
