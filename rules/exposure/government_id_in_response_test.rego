package oasguard.rules.exposure.government_id_in_response_test

import data.oasguard.rules.exposure.government_id_in_response as rule

sid := "api.yaml#/components/schemas/Person"

prop(name, schema) := {
	"name": name, "schema": schema, "read_only": false, "write_only": false,
	"pointer": concat("/", ["/components/schemas/Person/properties", name]), "owner": sid,
}

doc(props) := {"schemas": {
	sid: {"id": sid, "pointer": "/components/schemas/Person", "in_response": true, "properties": props},
	"s": {"id": "s", "type": "string", "keywords": {"type": "string"}, "properties": []},
	"last4": {"id": "last4", "type": "string", "keywords": {"type": "string", "maxLength": 4}, "properties": []},
}}

test_identifiers_are_reported if {
	f := rule.findings with input as doc([prop("ssn", "s"), prop("passportNumber", "s"), prop("tax_id", "s"), prop("name", "s")])
	count(f) == 3
	some x in f
	x.pointer == "/components/schemas/Person/properties/ssn"
}

test_masked_and_unrelated_are_not_reported if {
	names := ["ssn_last4", "passport_type", "tax_rate", "national", "id", "tax_class_id", "TaxComponentID", "MerchantTaxNumber"]
	f := rule.findings with input as doc(array.concat([prop(n, "s") | some n in names], [prop("ssn", "last4")]))
	count(f) == 0
}

test_write_only_is_not_reported if {
	f := rule.findings with input as doc([object.union(prop("ssn", "s"), {"write_only": true})])
	count(f) == 0
}
