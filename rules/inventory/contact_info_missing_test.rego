package oasguard.rules.inventory.contact_info_missing_test

import data.oasguard.rules.inventory.contact_info_missing as rule

run(info) := f if {
	f := rule.findings with input as {"info": object.union({"pointer": "/info"}, info)}
}

test_missing_or_name_only_reported if {
	count(run({})) == 1
	count(run({"contact": {"name": "Team"}})) == 1
}

test_email_or_url_satisfy if {
	count(run({"contact": {"email": "api@acme.io"}})) == 0
	count(run({"contact": {"url": "https://acme.io/support"}})) == 0
}
