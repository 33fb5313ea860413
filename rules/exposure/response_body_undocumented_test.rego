package oasguard.rules.exposure.response_body_undocumented_test

import data.oasguard.rules.exposure.response_body_undocumented as rule

shape(id, type, props) := {
	"id": id, "pointer": id, "type": type, "types": [t | some t in [type]; t != ""], "keywords": {},
	"properties": props, "items": null, "additional_properties": null, "all_of": [], "one_of": [], "any_of": [],
}

schemas := {"free": shape("free", "object", []), "typed": shape("typed", "object", [{"name": "a"}])}

doc(oas, status, mt, sid) := {"oas": oas, "schemas": schemas, "operations": [{
	"method": "get", "path": "/things", "pointer": "/op",
	"responses": [{"status": status, "content": [{"media_type": mt, "schema": sid, "pointer": "/m"}]}],
}]}

test_missing_and_free_form_are_reported if {
	f := rule.findings with input as doc("3.0", "200", "application/json", null)
	count(f) == 1
	some x in f
	x.pointer == "/m"
	count(rule.findings) == 1 with input as doc("2.0", "201", "application/json", "free")
}

test_described_errors_binary_and_v2_null_are_not_reported if {
	count(rule.findings) == 0 with input as doc("3.0", "200", "application/json", "typed")
	count(rule.findings) == 0 with input as doc("3.0", "404", "application/json", null)
	count(rule.findings) == 0 with input as doc("3.0", "200", "application/pdf", null)
	count(rule.findings) == 0 with input as doc("2.0", "200", "application/json", null)
}
