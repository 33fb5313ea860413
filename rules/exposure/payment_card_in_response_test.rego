package oasguard.rules.exposure.payment_card_in_response_test

import data.oasguard.rules.exposure.payment_card_in_response as rule

sid := "api.yaml#/components/schemas/Card"

prop(name, schema) := {
	"name": name, "schema": schema, "read_only": false, "write_only": false,
	"pointer": concat("/", ["/components/schemas/Card/properties", name]), "owner": sid,
}

doc(props, in_response) := {"schemas": {
	sid: {"id": sid, "pointer": "/components/schemas/Card", "in_response": in_response, "properties": props},
	"s": {"id": "s", "type": "string", "keywords": {"type": "string"}, "properties": []},
	"last4": {"id": "last4", "type": "string", "keywords": {"type": "string", "maxLength": 4}, "properties": []},
}}

test_cvv_and_number_are_reported if {
	f := rule.findings with input as doc([prop("cvv", "s"), prop("cardNumber", "s"), prop("brand", "s")], true)
	count(f) == 2
	some x in f
	x.pointer == "/components/schemas/Card/properties/cvv"
}

test_masked_is_not_reported if {
	f := rule.findings with input as doc([prop("card_number", "last4"), prop("card_number_last4", "s"), prop("card_type", "s")], true)
	count(f) == 0
}

test_write_only_and_request_only_are_not_reported if {
	p := object.union(prop("cvc", "s"), {"write_only": true})
	count(rule.findings) == 0 with input as doc([p], true)
	count(rule.findings) == 0 with input as doc([prop("cvc", "s")], false)
}
