package oasguard.rules.config.xml_in_json_property_test

import data.oasguard.rules.config.xml_in_json_property as rule

run(name, kw) := f if {
	f := rule.findings with input as {
		"schema_index": {"use": {"request": ["s"]}},
		"schemas": {
			"s": {"id": "s", "properties": [{"name": name, "schema": "p", "owner": "s", "pointer": "/p"}]},
			"p": {"id": "p", "type": "string", "keywords": kw},
		},
	}
}

test_xml_example_name_or_media_is_reported if {
	count(run("payload", {"example": "<?xml version=\"1.0\"?><a/>"})) == 1
	count(run("saml_response", {"example": "<samlp:Response ID=\"1\"></samlp:Response>"})) == 1
	count(run("invoice_xml", {})) == 1
	count(run("doc", {"contentMediaType": "application/xml"})) == 1
}

test_plain_strings_are_not_reported if {
	count(run("payload", {"example": "hello <b>"})) == 0
	count(run("xml_version", {})) == 0
	count(run("note", {"example": "a < b and c > d"})) == 0
	count(run("ssl_key", {"example": "<Your SSL key>"})) == 0
}
