package oasguard.rules.exposure.server_owned_property_writable_test

import data.oasguard.rules.exposure.server_owned_property_writable as rule

sid := "api.yaml#/components/schemas/Order"

prop(name, ro) := {
	"name": name, "schema": "s", "read_only": ro, "write_only": false,
	"pointer": concat("/", ["/components/schemas/Order/properties", name]), "owner": sid,
}

doc(props, req, resp) := {"schemas": {sid: {
	"id": sid, "pointer": "/components/schemas/Order", "in_request": req, "in_response": resp,
	"properties": props,
}}}

test_shared_schema_is_reported if {
	f := rule.findings with input as doc([prop("id", false), prop("createdAt", false), prop("_id", false), prop("note", false)], true, true)
	count(f) == 3
	some x in f
	x.pointer == "/components/schemas/Order/properties/createdAt"
}

test_read_only_is_not_reported if {
	f := rule.findings with input as doc([prop("id", true), prop("updated_at", true)], true, true)
	count(f) == 0
}

test_request_only_or_response_only_is_not_reported if {
	count(rule.findings) == 0 with input as doc([prop("id", false)], true, false)
	count(rule.findings) == 0 with input as doc([prop("id", false)], false, true)
}

test_references_are_not_reported if {
	f := rule.findings with input as doc([prop("customerId", false), prop("created_by_name", false)], true, true)
	count(f) == 0
}
