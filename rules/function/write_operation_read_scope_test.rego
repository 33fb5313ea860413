package oasguard.rules.function.write_operation_read_scope_test

import data.oasguard.rules.function.write_operation_read_scope as rule

sec(alts) := {"source": "operation", "anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": "oauth", "type": "oauth2", "scopes": scopes}]} | some scopes in alts]}

op(method, s) := {"path": "/pets", "method": method, "pointer": sprintf("/paths/~1pets/%s", [method]), "security": s}

run(o) := f if {
	f := rule.findings with input as {"operations": [o]}
}

test_read_scopes_on_write_reported if {
	f := run(op("post", sec([["pets:read"]])))
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1pets/post"
	count(run(op("delete", sec([["pets:write"], ["read:pets", "user.view"]])))) == 1
	count(run(op("put", sec([["https://www.googleapis.com/auth/drive.readonly"]])))) == 1
}

test_write_scopes_not_reported if {
	count(run(op("post", sec([["pets:write"]])))) == 0
	count(run(op("post", sec([["pets:read", "pets:write"]])))) == 0
	count(run(op("post", sec([["pets.readwrite"]])))) == 0
	count(run(op("post", sec([["read:all"]])))) == 0
	count(run(op("post", sec([[]])))) == 0
}

test_reads_not_reported if {
	count(run(op("get", sec([["pets:read"]])))) == 0
}

test_read_like_post_not_reported if {
	o := {"path": "/{project}/instanceGroups/{g}/listInstances", "method": "post", "pointer": "/p", "security": sec([["compute.readonly"]])}
	count(run(o)) == 0
	o2 := {"path": "/v1/{name}:search", "method": "post", "pointer": "/p", "security": sec([["pets:read"]])}
	count(run(o2)) == 0
	o3 := {"path": "/pets/{id}/getaway", "method": "post", "pointer": "/p", "security": sec([["pets:read"]])}
	count(run(o3)) == 1
}
