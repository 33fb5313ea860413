package oasguard.rules.config.xml_request_body_test

import data.oasguard.rules.config.xml_request_body as rule

run(types) := f if {
	body := {"content": [{"media_type": t, "schema": null, "pointer": sprintf("/rb/%s", [t])} | some t in types]}
	f := rule.findings with input as {"operations": [{"path": "/a", "method": "post", "pointer": "/p", "request_body": body}]}
}

test_xml_reported if {
	count(run(["application/xml", "text/xml", "application/soap+xml", "application/xml; charset=utf-8", "application/json"])) == 4
}

test_json_not_reported if {
	count(run(["application/json", "application/xml-patch"])) == 0
}
