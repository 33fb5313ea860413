package oasguard.rules.config.media_types_undeclared_test

import data.oasguard.rules.config.media_types_undeclared as rule

op := {
	"path": "/notes", "method": "post", "pointer": "/paths/~1notes/post", "request_body": {"content": []},
	"responses": [{"status": "200", "content": [{"media_type": "application/json", "schema": "s"}]}],
}

run(doc) := f if {
	f := rule.findings with input as {"oas": "2.0", "document": doc, "operations": [op]}
}

test_both_missing_reported_once if {
	f := run({"paths": {"/notes": {"post": {}}}})
	count(f) == 1
	some x in f
	contains(x.message, "consumes and no produces")
}

test_root_declarations_satisfy if {
	count(run({"consumes": ["application/json"], "produces": ["application/json"], "paths": {"/notes": {"post": {}}}})) == 0
}

test_operation_declarations_satisfy if {
	count(run({"paths": {"/notes": {"post": {"consumes": ["application/json"], "produces": ["application/json"]}}}})) == 0
}

test_unresolvable_operation_not_reported if {
	count(run({"paths": {"/notes": {"$ref": "other.yaml"}}})) == 0
}

test_openapi3_not_reported if {
	f := rule.findings with input as {"oas": "3.0", "document": {"paths": {"/notes": {"post": {}}}}, "operations": [op]}
	count(f) == 0
}
