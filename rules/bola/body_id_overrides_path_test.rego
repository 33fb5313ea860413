package oasguard.rules.bola.body_id_overrides_path_test

import data.oasguard.rules.bola.body_id_overrides_path as rule

prop(name, ro) := {"name": name, "read_only": ro, "pointer": concat("/", ["/s/properties", name])}

doc(method, path, props) := {
	"operations": [{
		"method": method, "path": path, "pointer": "/op",
		"request_body": {"pointer": "/op/requestBody", "content": [{"media_type": "application/json", "schema": "body"}]},
	}],
	"schemas": {"body": {"id": "body", "properties": props}},
}

test_same_name_is_reported if {
	f := rule.findings with input as doc("put", "/users/{userId}", [prop("userId", false), prop("name", false)])
	count(f) == 1
	some x in f
	x.pointer == "/op/requestBody"
	contains(x.message, "userId")
}

test_plain_id_for_last_object_is_reported if {
	f := rule.findings with input as doc("patch", "/users/{user_id}", [prop("id", false)])
	count(f) == 1
}

test_plain_id_for_parent_object_is_not_reported if {
	f := rule.findings with input as doc("put", "/users/{userId}/avatar", [prop("id", false)])
	count(f) == 0
}

test_read_only_or_post_is_not_reported if {
	count(rule.findings) == 0 with input as doc("put", "/users/{userId}", [prop("userId", true)])
	count(rule.findings) == 0 with input as doc("post", "/users/{userId}", [prop("userId", false)])
}
