package oasguard.rules.ssrf.request_url_property_test

import data.oasguard.rules.ssrf.request_url_property as rule

sid := "Hook"

prop(name, schema, ro) := {"name": name, "schema": schema, "read_only": ro, "owner": sid, "pointer": concat("/", ["/Hook", name])}

doc(props, req) := {"schemas": {
	sid: {"id": sid, "in_request": req, "properties": props},
	"s": {"id": "s", "type": "string", "format": "", "keywords": {}},
	"uri": {"id": "uri", "type": "string", "format": "uri", "keywords": {}},
	"allow": {"id": "allow", "type": "string", "format": "uri", "keywords": {"enum": ["https://a.example"]}},
}}

test_url_properties_are_reported if {
	f := rule.findings with input as doc([prop("target", "uri", false), prop("webhookUrl", "s", false), prop("name", "s", false)], true)
	count(f) == 2
	some x in f
	x.pointer == "/Hook/webhookUrl"
}

test_allow_listed_read_only_or_response_only_are_not_reported if {
	count(rule.findings) == 0 with input as doc([prop("url", "allow", false), prop("selfUrl", "uri", true)], true)
	count(rule.findings) == 0 with input as doc([prop("url", "uri", false)], false)
}

test_url_known_from_example_is_reported if {
	d := doc([prop("source", "ex", false), prop("colour", "s", false)], true)
	schemas := object.union(d.schemas, {"ex": {"id": "ex", "type": "string", "format": "", "keywords": {"example": "https://img.example.com/a.png"}}})
	f := rule.findings with input as {"schemas": schemas, "schema_index": {"use": {"request": [sid, "ex", "s"]}, "keyword": {}, "property": {}}}
	count(f) == 1
	some x in f
	x.pointer == "/Hook/source"
}
