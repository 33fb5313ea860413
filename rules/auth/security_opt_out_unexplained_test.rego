package oasguard.rules.auth.security_opt_out_unexplained_test

import data.oasguard.rules.auth.security_opt_out_unexplained as rule

optout := {"source": "operation", "explicit_empty": true, "anonymous": true, "requirements": [], "pointer": "/paths/~1health/get/security"}

op(sec, ext, summary) := {"path": "/health", "method": "get", "pointer": "/paths/~1health/get", "security": sec, "extensions": ext, "summary": summary, "description": ""}

run(o, doc) := f if {
	f := rule.findings with input as {"operations": [o], "document": doc}
}

test_unexplained_opt_out_reported if {
	f := run(op(optout, {}, "Health check"), {})
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1health/get/security"
}

test_ignore_reason_explains if {
	count(run(op(optout, {"x-oasguard-ignore": {"operation-without-security": "health probe"}}, ""), {})) == 0
}

test_empty_ignore_reason_does_not_explain if {
	count(run(op(optout, {"x-oasguard-ignore": {"operation-without-security": ""}}, ""), {})) == 1
}

test_path_item_ignore_explains if {
	doc := {"paths": {"/health": {"x-oasguard-ignore": {"*": "probes"}}}}
	count(run(op(optout, {}, ""), doc)) == 0
}

test_marker_and_summary_explain if {
	count(run(op(optout, {"x-public": true}, ""), {})) == 0
	count(run(op(optout, {}, "Public health check"), {})) == 0
}

test_inherited_or_missing_security_not_reported if {
	none := {"source": "none", "explicit_empty": false, "anonymous": true, "requirements": [], "pointer": "/paths/~1health/get"}
	count(run(op(none, {}, ""), {})) == 0
	root := {"source": "root", "explicit_empty": true, "anonymous": true, "requirements": [], "pointer": "/security"}
	count(run(op(root, {}, ""), {})) == 0
}

root_optout := {"source": "root", "explicit_empty": true, "anonymous": true, "requirements": [], "pointer": "/security"}

test_unexplained_root_opt_out_reported_once if {
	ops := [op(root_optout, {}, "Health"), object.union(op(root_optout, {}, "Other"), {"path": "/other"})]
	f := rule.findings with input as {"operations": ops, "security": root_optout, "document": {"info": {"description": "Pets"}}}
	count(f) == 1
	some x in f
	x.pointer == "/security"
}

test_explained_root_opt_out_not_reported if {
	doc := {"info": {"description": "A public, read-only catalogue: no authentication."}}
	f := rule.findings with input as {"operations": [op(root_optout, {}, "Health")], "security": root_optout, "document": doc}
	count(f) == 0
}
