package oasguard.rules.exposure.secret_in_response_test

import data.oasguard.rules.exposure.secret_in_response as rule

sid := "api.yaml#/components/schemas/Webhook"

prop(name) := {
	"name": name, "schema": "api.yaml#/s/str", "read_only": false, "write_only": false,
	"pointer": concat("/", ["/components/schemas/Webhook/properties", name]), "owner": sid,
}

doc(name, props) := {"schemas": {
	sid: {"id": sid, "name": name, "pointer": "/components/schemas/Webhook", "in_response": true, "properties": props},
	"api.yaml#/s/str": {"id": "api.yaml#/s/str", "type": "string", "properties": []},
}}

test_secret_and_token_are_reported if {
	f := rule.findings with input as doc("Webhook", [prop("url"), prop("signingSecret"), prop("api_key"), prop("refresh_token"), prop("gitAccessToken"), prop("token")])
	count(f) == 5
	some x in f
	x.pointer == "/components/schemas/Webhook/properties/signingSecret"
}

test_write_only_is_not_reported if {
	p := object.union(prop("client_secret"), {"write_only": true})
	f := rule.findings with input as doc("Webhook", [p])
	count(f) == 0
}

test_non_credentials_are_not_reported if {
	names := [
		"token_type", "max_tokens", "prompt_tokens", "tokens_used", "next_page_token", "NextToken",
		"ClientRequestToken", "checkout_token", "taskToken", "assemblyPublicKeyToken", "value_from_secret", "secret_name", "secret_id", "apiKeyId", "public_key", "partition_key", "has_secret",
	]
	f := rule.findings with input as doc("Completion", [prop(n) | some n in names])
	count(f) == 0
}

test_issuing_schema_by_name_is_not_reported if {
	f := rule.findings with input as doc("TokenResponse", [prop("access_token")])
	count(f) == 0
}

test_issuing_schema_by_expiry_is_not_reported if {
	f := rule.findings with input as doc("", [prop("access_token"), prop("expires_in")])
	count(f) == 0
}

test_request_only_is_not_reported if {
	d := doc("Webhook", [prop("secret")])
	s := object.union(d.schemas[sid], {"in_response": false})
	f := rule.findings with input as {"schemas": object.union(d.schemas, {sid: s})}
	count(f) == 0
}

sem_input(d, owner) := {
	"schemas": {"s": owner},
	"schema_index": {"property": {}},
	"semantic": {"data": [d], "data_index": {"credential": [0], "key_material": []}},
}

test_semantic_credential_by_description_is_reported if {
	d := {"kind": "property", "name": "value", "owner": "s", "in_response": true, "write_only": false, "pointer": "/v", "evidence": {"credential": [`description names it "api key"`]}}
	f := rule.findings with input as sem_input(d, {"name": "Thing", "properties": []})
	count(f) == 1
	some x in f
	contains(x.message, "api key")
}

test_semantic_credential_write_only_or_issued_is_not_reported if {
	d := {"kind": "property", "name": "value", "owner": "s", "in_response": true, "write_only": true, "pointer": "/v", "evidence": {"credential": ["x"]}}
	count(rule.findings) == 0 with input as sem_input(d, {"name": "Thing", "properties": []})
	d2 := object.union(d, {"write_only": false})
	count(rule.findings) == 0 with input as sem_input(d2, {"name": "TokenResponse", "properties": []})
}
