package oasguard.rules.inventory.non_production_server_listed_test

import data.oasguard.rules.inventory.non_production_server_listed as rule

srv(host, desc, i) := {"url": sprintf("https://%s", [host]), "host": host, "description": desc, "pointer": sprintf("/servers/%d", [i])}

run(servers) := f if {
	f := rule.findings with input as {"oas": "3.0", "servers": servers}
}

test_staging_next_to_production_reported if {
	f := run([srv("api.acme.io", "Production", 0), srv("api.staging.acme.io", "", 1), srv("acme-dev2.herokuapp.com", "", 2), srv("x.acme.io", "QA environment", 3)])
	count(f) == 3
	some x in f
	x.pointer == "/servers/1/url"
}

test_only_nonprod_or_only_prod_not_reported if {
	count(run([srv("api.staging.acme.io", "", 0), srv("sandbox.acme.io", "", 1)])) == 0
	count(run([srv("api.acme.io", "Production", 0), srv("eu.api.acme.io", "Production EU", 1), srv("contest.acme.io", "", 2)])) == 0
}

test_local_server_is_not_production if {
	count(run([srv("localhost", "", 0), srv("api.dev.acme.io", "", 1)])) == 0
}
