package oasguard.rules.exposure.privileged_property_writable_test

import data.oasguard.rules.exposure.privileged_property_writable as rule

sid := "api.yaml#/components/schemas/User"

prop(name, schema, ro) := {
	"name": name, "schema": schema, "read_only": ro, "write_only": false,
	"pointer": concat("/", ["/components/schemas/User/properties", name]), "owner": sid,
}

doc(props, in_request) := {"schemas": {
	sid: {"id": sid, "pointer": "/components/schemas/User", "in_request": in_request, "properties": props},
	"s": {"id": "s", "type": "string", "keywords": {"type": "string"}, "items": null, "properties": []},
	"b": {"id": "b", "type": "boolean", "keywords": {"type": "boolean"}, "items": null, "properties": []},
	"chat": {"id": "chat", "type": "string", "keywords": {"enum": ["system", "user", "assistant"]}, "items": null, "properties": []},
	"roles": {"id": "roles", "type": "string", "keywords": {"enum": ["viewer", "editor", "admin"]}, "items": null, "properties": []},
	"rolelist": {"id": "rolelist", "type": "array", "keywords": {"type": "array"}, "items": "roles", "properties": []},
}}

test_privileged_properties_are_reported if {
	props := [prop("isAdmin", "b", false), prop("role", "s", false), prop("account_balance", "s", false), prop("name", "s", false)]
	f := rule.findings with input as doc(props, true)
	count(f) == 3
	some x in f
	x.pointer == "/components/schemas/User/properties/isAdmin"
}

test_role_enum_with_admin_is_reported if {
	f := rule.findings with input as doc([prop("role", "roles", false), prop("roles", "rolelist", false)], true)
	count(f) == 2
}

test_chat_role_enum_is_not_reported if {
	f := rule.findings with input as doc([prop("role", "chat", false)], true)
	count(f) == 0
}

test_read_only_is_not_reported if {
	f := rule.findings with input as doc([prop("is_admin", "b", true)], true)
	count(f) == 0
}

test_response_only_is_not_reported if {
	f := rule.findings with input as doc([prop("is_admin", "b", false)], false)
	count(f) == 0
}

test_similar_names_are_not_reported if {
	names := ["admin_email", "role_description", "owner_name", "balance_currency", "has_admin"]
	f := rule.findings with input as doc([prop(n, "s", false) | some n in names], true)
	count(f) == 0
}

test_const_and_nullable_enum_roles_are_not_reported if {
	d := doc([prop("role", "const", false), prop("roles", "nullable", false)], true)
	extra := {
		"const": {"id": "const", "type": "string", "keywords": {"const": "assistant"}, "items": null, "properties": []},
		"nullable": {"id": "nullable", "type": "", "keywords": {}, "items": null, "properties": [], "any_of": ["chat", "null"]},
		"null": {"id": "null", "type": "", "keywords": {"type": "null"}, "items": null, "properties": []},
	}
	f := rule.findings with input as {"schemas": object.union(d.schemas, extra)}
	count(f) == 0
}

test_const_admin_role_is_reported if {
	d := doc([prop("role", "const", false)], true)
	extra := {"const": {"id": "const", "type": "string", "keywords": {"const": "admin"}, "items": null, "properties": []}}
	count(rule.findings) == 1 with input as {"schemas": object.union(d.schemas, extra)}
}
