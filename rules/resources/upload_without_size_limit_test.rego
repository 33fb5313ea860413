package oasguard.rules.resources.upload_without_size_limit_test

import data.oasguard.rules.resources.upload_without_size_limit as rule

schemas := {
	"bin": {"id": "bin", "type": "string", "format": "binary", "keywords": {"type": "string", "format": "binary"}, "all_of": []},
	"capped": {"id": "capped", "type": "string", "format": "binary", "keywords": {"type": "string", "format": "binary", "maxLength": 1048576}, "all_of": []},
	"form": {"id": "form", "type": "object", "keywords": {}, "all_of": [], "properties": [{"name": "avatar", "schema": "bin"}, {"name": "title", "schema": "txt"}]},
	"txt": {"id": "txt", "type": "string", "format": "", "keywords": {"type": "string"}, "all_of": []},
	"file": {"id": "file", "type": "file", "format": "", "keywords": {"type": "file"}, "all_of": []},
}

op(content, params, codes) := {
	"method": "post", "path": "/files", "pointer": "/paths/~1files/post", "parameters": params,
	"request_body": {"content": content}, "responses": [{"status": c} | some c in codes],
}

run(o) := f if {
	f := rule.findings with input as {"schemas": schemas, "operations": [o]}
}

test_binary_body_is_reported if {
	f := run(op([{"media_type": "application/octet-stream", "schema": "bin"}], [], ["201"]))
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1files/post"
	count(run(op([{"media_type": "image/png", "schema": null}], [], ["201"]))) == 1
}

test_multipart_file_part_is_reported if {
	f := run(op([{"media_type": "multipart/form-data", "schema": "form"}], [], ["201"]))
	some x in f
	contains(x.message, `"avatar"`)
}

test_file_parameter_is_reported if {
	count(run(op([{"media_type": "multipart/form-data", "schema": null}], [{"name": "f", "schema": "file"}], ["201"]))) == 1
}

test_bounded_uploads_are_not_reported if {
	count(run(op([{"media_type": "application/octet-stream", "schema": "capped"}], [], ["201"]))) == 0
	count(run(op([{"media_type": "multipart/form-data", "schema": "form"}], [], ["201", "413"]))) == 0
}

test_json_body_is_not_reported if {
	count(run(op([{"media_type": "application/json", "schema": "txt"}], [], ["201"]))) == 0
}
