package oasguard.rules.config.error_schema_exposes_internals_test

import data.oasguard.rules.config.error_schema_exposes_internals as rule

prop(name, owner, sid) := {"name": name, "schema": sid, "pointer": sprintf("/components/schemas/%s/properties/%s", [owner, name]), "owner": owner}

schemas := {
	"Error": {"properties": [prop("message", "Error", "str"), prop("detail", "Error", "Detail")], "items": null},
	"Detail": {"properties": [prop("stackTrace", "Detail", "str")], "items": null},
	"SpringError": {"properties": [prop("trace", "SpringError", "str"), prop("exception", "SpringError", "str")], "items": null},
	"Clean": {"properties": [prop("message", "Clean", "str"), prop("traceId", "Clean", "str")], "items": null},
	"Ok": {"properties": [prop("debug", "Ok", "str")], "items": null},
	"str": {"properties": [], "items": null},
}

op(status, sid) := {"path": "/a", "method": "get", "pointer": "/p", "responses": [{"status": status, "content": [{"media_type": "application/json", "schema": sid}]}]}

test_nested_stack_trace_reported if {
	f := rule.findings with input as {"operations": [op("500", "Error")], "schemas": schemas}
	count(f) == 1
	some x in f
	x.pointer == "/components/schemas/Detail/properties/stackTrace"
}

test_spring_default_error_reported_once if {
	f := rule.findings with input as {"operations": [op("default", "SpringError"), op("4XX", "SpringError")], "schemas": schemas}
	count(f) == 2
}

test_clean_error_not_reported if {
	f := rule.findings with input as {"operations": [op("500", "Clean")], "schemas": schemas}
	count(f) == 0
}

test_success_response_not_reported if {
	f := rule.findings with input as {"operations": [op("200", "Ok")], "schemas": schemas}
	count(f) == 0
}
