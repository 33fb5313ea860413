package oasguard.rules.exposure.request_body_unconstrained_test

import data.oasguard.rules.exposure.request_body_unconstrained as rule

shape(id, type, props, kw) := {
	"id": id, "pointer": concat("", ["/s/", id]), "type": type, "types": [t | some t in [type]; t != ""],
	"keywords": kw, "properties": props, "items": null, "additional_properties": null,
	"all_of": [], "one_of": [], "any_of": [],
}

schemas := {
	"empty": shape("empty", "", [], {"description": "anything"}),
	"free": shape("free", "object", [], {"type": "object"}),
	"typed": shape("typed", "object", [{"name": "a"}], {"type": "object"}),
	"bin": shape("bin", "string", [], {"type": "string", "format": "binary"}),
}

doc(mt, sid) := {"schemas": schemas, "operations": [{
	"method": "post", "path": "/things", "pointer": "/op",
	"request_body": {"pointer": "/op/requestBody", "content": [{"media_type": mt, "schema": sid, "pointer": "/m"}]},
}]}

test_empty_and_free_form_are_reported if {
	f1 := rule.findings with input as doc("application/json", "empty")
	count(f1) == 1
	some x in f1
	x.pointer == "/s/empty"
	f2 := rule.findings with input as doc("application/merge-patch+json", "free")
	count(f2) == 1
}

test_described_and_binary_are_not_reported if {
	count(rule.findings) == 0 with input as doc("application/json", "typed")
	count(rule.findings) == 0 with input as doc("application/octet-stream", "empty")
	count(rule.findings) == 0 with input as doc("application/json", "bin")
}

test_no_body_is_not_reported if {
	count(rule.findings) == 0 with input as {"schemas": schemas, "operations": [{"method": "get", "path": "/x", "pointer": "/op", "request_body": null}]}
}
