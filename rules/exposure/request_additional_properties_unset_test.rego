package oasguard.rules.exposure.request_additional_properties_unset_test

import data.oasguard.rules.exposure.request_additional_properties_unset as rule

obj(id, addl, req) := {
	"id": id, "name": id, "pointer": concat("", ["/components/schemas/", id]), "in_request": req, "type": "object",
	"keywords": {"type": "object"}, "additional_properties": addl, "properties": [{"name": "a"}],
	"all_of": [], "one_of": [], "any_of": [],
}

test_unset_is_reported if {
	f := rule.findings with input as {"schemas": {"New": obj("New", null, true)}}
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/New"
}

test_closed_open_or_response_only_is_not_reported if {
	schemas := {"A": obj("A", false, true), "B": obj("B", true, true), "C": obj("C", null, false)}
	count(rule.findings) == 0 with input as {"schemas": schemas}
}

test_composition_parent_and_branch_are_not_reported if {
	parent := object.union(obj("P", null, true), {"all_of": ["Base"]})
	f := rule.findings with input as {"schemas": {"P": parent, "Base": obj("Base", null, true)}}
	count(f) == 0
}

test_unevaluated_false_is_not_reported if {
	s := object.union(obj("S", null, true), {"keywords": {"unevaluatedProperties": false}})
	count(rule.findings) == 0 with input as {"schemas": {"S": s}}
}

test_non_object_is_not_reported if {
	s := object.union(obj("S", null, true), {"type": "array"})
	count(rule.findings) == 0 with input as {"schemas": {"S": s}}
}
