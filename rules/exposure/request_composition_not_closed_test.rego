package oasguard.rules.exposure.request_composition_not_closed_test

import data.oasguard.rules.exposure.request_composition_not_closed as rule

schema(kw) := {
	"id": "api.yaml#/components/schemas/NewPet", "pointer": "/components/schemas/NewPet", "file": "api.yaml",
	"name": "NewPet", "in_request": true, "all_of": ["api.yaml#/components/schemas/Pet"], "one_of": [], "any_of": [],
	"properties": [{"name": "name"}], "keywords": kw,
}

inp(oas, kw) := {"oas": oas, "schemas": {"a": schema(kw)}}

test_open_composition_is_reported if {
	count(rule.findings) == 1 with input as inp("3.1", {})
}

test_closed_composition_is_not_reported if {
	count(rule.findings) == 0 with input as inp("3.1", {"unevaluatedProperties": false})
}

test_3_0_is_not_reported if {
	count(rule.findings) == 0 with input as inp("3.0", {})
}

test_response_schema_is_not_reported if {
	s := object.union(schema({}), {"in_request": false})
	count(rule.findings) == 0 with input as {"oas": "3.1", "schemas": {"a": s}}
}
