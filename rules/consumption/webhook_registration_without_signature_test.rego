package oasguard.rules.consumption.webhook_registration_without_signature_test

import data.oasguard.rules.consumption.webhook_registration_without_signature as rule

op(desc) := {"method": "post", "path": "/webhooks", "pointer": "/paths/~1webhooks/post", "summary": "", "description": desc, "responses": [{"content": [{"schema": "r"}]}], "request_body": null}

sem := {"roles": ["webhook_registration"], "role_evidence": {"webhook_registration": [`path word "webhooks" and URL field "url"`]}}

run(o, resp_props, cbs) := f if {
	f := rule.findings with input as {
		"operations": [o], "semantic": {"operations": [sem]}, "callbacks": cbs,
		"schemas": {"r": {"properties": [{"name": n} | some n in resp_props]}},
	}
}

test_registration_without_signature_is_reported if {
	count(run(op(""), ["id", "url"], [])) == 1
}

test_secret_description_or_signature_header_exempts if {
	count(run(op(""), ["id", "signing_secret"], [])) == 0
	count(run(op("Deliveries carry an HMAC signature."), ["id"], [])) == 0
	cb := {"parent": "/paths/~1webhooks/post", "parameters": [{"name": "X-Signature"}]}
	count(run(op(""), ["id"], [cb])) == 0
}
