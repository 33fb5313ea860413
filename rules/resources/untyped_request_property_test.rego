package oasguard.rules.resources.untyped_request_property_test

import data.oasguard.rules.resources.untyped_request_property as rule

run(prop) := f if {
	f := rule.findings with input as {
		"schema_index": {"use": {"request": ["s"]}},
		"schemas": {
			"s": {"id": "s", "properties": [{"name": "note", "schema": "p", "owner": "s", "pointer": "/s/properties/note"}]},
			"p": object.union({"id": "p", "types": [], "type": "", "properties": [], "items": null, "additional_properties": null, "all_of": [], "one_of": [], "any_of": [], "keywords": {}}, prop),
		},
	}
}

test_untyped_property_is_reported if {
	f := run({"keywords": {"description": "free text"}})
	count(f) == 1
	some x in f
	x.pointer == "/s/properties/note"
}

test_typed_or_composed_property_is_not_reported if {
	count(run({"types": ["string"], "type": "string"})) == 0
	count(run({"one_of": ["a", "b"]})) == 0
	count(run({"keywords": {"enum": ["a"]}})) == 0
}
