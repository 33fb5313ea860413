package oasguard.rules.exposure.request_additional_properties_allowed_test

import data.oasguard.rules.exposure.request_additional_properties_allowed as rule

obj(id, addl, req) := {
	"id": id, "name": id, "pointer": concat("", ["/components/schemas/", id]), "in_request": req,
	"additional_properties": addl, "properties": [{"name": "a"}], "all_of": [], "one_of": [], "any_of": [],
}

test_explicit_true_is_reported if {
	f := rule.findings with input as {"schemas": {"New": obj("New", true, true)}}
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/New"
}

test_unset_false_and_response_are_not_reported if {
	schemas := {"A": obj("A", null, true), "B": obj("B", false, true), "C": obj("C", true, false), "D": obj("D", "schema", true)}
	count(rule.findings) == 0 with input as {"schemas": schemas}
}

test_branch_is_not_reported if {
	parent := object.union(obj("P", null, true), {"one_of": ["Cat"]})
	f := rule.findings with input as {"schemas": {"P": parent, "Cat": obj("Cat", true, true)}}
	count(f) == 0
}

test_map_without_properties_is_not_reported if {
	m := object.union(obj("M", true, true), {"properties": []})
	count(rule.findings) == 0 with input as {"schemas": {"M": m}}
}
