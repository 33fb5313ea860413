package oasguard.rules.inventory.older_version_not_deprecated_test

import data.oasguard.rules.inventory.older_version_not_deprecated as rule

member(v, newest, deprecated) := {"version": v, "path": sprintf("/%s/users", [v]), "newest": newest, "deprecated": deprecated, "pointer": sprintf("/paths/~1%s~1users", [v])}

run(members) := f if {
	f := rule.findings with input as {"semantic": {"versions": [{"resource": "/{version}/users", "members": members}]}}
}

test_older_version_is_reported_at_its_path_item if {
	f := run([member("v1", false, false), member("v2", true, false)])
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1v1~1users"
	contains(x.message, "/v2/users")
}

test_deprecated_older_version_is_not_reported if {
	count(run([member("v1", false, true), member("v2", true, false)])) == 0
}

test_no_family_no_finding if {
	count(rule.findings) == 0 with input as {"semantic": {"versions": []}}
}
