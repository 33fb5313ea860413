package oasguard.rules.exposure.password_in_response_test

import data.oasguard.rules.exposure.password_in_response as rule

prop(name, extra) := object.union(
	{
		"name": name, "schema": "api.yaml#/s/str", "read_only": false, "write_only": false,
		"pointer": concat("/", ["/components/schemas/User/properties", name]), "file": "api.yaml",
		"owner": "api.yaml#/components/schemas/User",
	},
	extra,
)

doc(props, in_response) := {"schemas": {
	"api.yaml#/components/schemas/User": {
		"id": "api.yaml#/components/schemas/User", "pointer": "/components/schemas/User",
		"in_request": true, "in_response": in_response, "properties": props,
	},
	"api.yaml#/s/str": {"id": "api.yaml#/s/str", "type": "string", "properties": []},
	"api.yaml#/s/bool": {"id": "api.yaml#/s/bool", "type": "boolean", "properties": []},
}}

test_password_in_response_is_reported if {
	f := rule.findings with input as doc([prop("password", {})], true)
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/User/properties/password"
	contains(x.message, "password")
}

test_hash_and_camel_case_are_reported if {
	f := rule.findings with input as doc([prop("passwordHash", {}), prop("new_pwd", {})], true)
	count(f) == 2
}

test_write_only_is_not_reported if {
	f := rule.findings with input as doc([prop("password", {"write_only": true})], true)
	count(f) == 0
}

test_request_only_is_not_reported if {
	f := rule.findings with input as doc([prop("password", {})], false)
	count(f) == 0
}

test_password_metadata_is_not_reported if {
	props := [
		prop("password_policy", {}), prop("has_password", {}), prop("password_expires_at", {}),
		prop("passwordMinLength", {}), prop("password_set", {"schema": "api.yaml#/s/bool"}),
	]
	f := rule.findings with input as doc(props, true)
	count(f) == 0
}

test_boolean_password_is_not_reported if {
	f := rule.findings with input as doc([prop("password", {"schema": "api.yaml#/s/bool"})], true)
	count(f) == 0
}

test_inherited_property_is_reported_on_its_owner_only if {
	d := doc([prop("password", {})], true)
	composed := {"id": "api.yaml#/components/schemas/Admin", "in_response": true, "properties": [prop("password", {})]}
	f := rule.findings with input as {"schemas": object.union(d.schemas, {"api.yaml#/components/schemas/Admin": composed})}
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/User/properties/password"
}
