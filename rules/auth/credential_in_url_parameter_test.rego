package oasguard.rules.auth.credential_in_url_parameter_test

import data.oasguard.rules.auth.credential_in_url_parameter as rule

param(name, where, sid) := {"name": name, "in": where, "schema": sid, "pointer": sprintf("/paths/~1a/get/parameters/%s", [name])}

schemas := {"s": {"id": "s", "type": "string", "types": ["string"]}, "b": {"id": "b", "type": "boolean", "types": ["boolean"]}}

run(params) := f if {
	f := rule.findings with input as {"operations": [{"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "parameters": params}], "schemas": schemas}
}

test_credentials_in_query_reported if {
	f := run([param("api_key", "query", "s"), param("access_token", "query", "s"), param("Password", "query", null), param("clientSecret", "query", "s")])
	count(f) == 4
	some x in f
	x.pointer == "/paths/~1a/get/parameters/api_key/in"
	contains(x.message, `"api_key"`)
}

test_auth_in_query_reported if {
	f := run([param("auth", "query", "s")])
	count(f) == 1
}

test_token_in_path_reported if {
	f := run([param("token", "path", "s")])
	count(f) == 1
}

test_pagination_tokens_not_reported if {
	f := run([param("pageToken", "query", "s"), param("next_token", "query", "s"), param("continuationToken", "query", "s")])
	count(f) == 0
}

test_headers_and_other_names_not_reported if {
	f := run([param("X-API-Key", "header", "s"), param("secretName", "path", "s"), param("tokenType", "query", "s"), param("key", "path", "s"), param("authorization", "path", "s"), param("session_id", "path", "s")])
	count(f) == 0
}

test_boolean_not_reported if {
	f := run([param("password", "query", "b")])
	count(f) == 0
}

test_semantic_credential_parameter_is_reported if {
	d := {"kind": "parameter", "name": "verification_code", "in": "query", "pointer": "/p", "evidence": {"credential": ["a one-time or verification code"]}}
	f := rule.findings with input as {"parameters": [], "schemas": {}, "semantic": {"data": [d], "data_index": {"credential": [0]}}}
	count(f) == 1
	d2 := object.union(d, {"in": "header"})
	count(rule.findings) == 0 with input as {"parameters": [], "schemas": {}, "semantic": {"data": [d2], "data_index": {"credential": [0]}}}
}
