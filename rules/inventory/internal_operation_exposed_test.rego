package oasguard.rules.inventory.internal_operation_exposed_test

import data.oasguard.rules.inventory.internal_operation_exposed as rule

op(ext, tags) := {"path": "/admin/cache", "method": "delete", "pointer": "/p", "extensions": ext, "tags": tags}

run(o, doc) := f if {
	f := rule.findings with input as {"operations": [o], "document": doc}
}

test_extension_reported if {
	f := run(op({"x-internal": true}, []), {})
	count(f) == 1
	some x in f
	contains(x.message, "x-internal")
}

test_tags_reported if {
	count(run(op({}, ["Internal"]), {})) == 1
	count(run(op({}, ["ops"]), {"tags": [{"name": "ops", "x-internal": true}]})) == 1
	count(run(op({"x-visibility": "private"}, []), {})) == 1
}

test_public_not_reported if {
	count(run(op({"x-internal": false}, ["admin"]), {"tags": [{"name": "admin"}]})) == 0
}

test_several_markers_reported_once if {
	count(run(op({"x-internal": true, "x-private": true}, ["internal", "private"]), {})) == 1
}
