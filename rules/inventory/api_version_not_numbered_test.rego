package oasguard.rules.inventory.api_version_not_numbered_test

import data.oasguard.rules.inventory.api_version_not_numbered as rule

run(v) := f if {
	f := rule.findings with input as {"info": {"version": v, "pointer": "/info"}}
}

test_word_versions_reported if {
	count(run("latest")) == 1
	count(run("")) == 1
}

test_numbers_not_reported if {
	count(run("1.0")) == 0
	count(run("v2")) == 0
	count(run("2024-05-01")) == 0
	count(rule.findings) == 0 with input as {"info": {"pointer": "/info"}}
}
