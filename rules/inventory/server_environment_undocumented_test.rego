package oasguard.rules.inventory.server_environment_undocumented_test

import data.oasguard.rules.inventory.server_environment_undocumented as rule

srv(url, desc, i) := {"url": url, "description": desc, "pointer": sprintf("/servers/%d", [i])}

test_undescribed_server_among_several_reported if {
	servers := [srv("https://api.acme.io", "Production", 0), srv("https://api2.acme.io", "", 1), srv("https://x.acme.io", "Main server", 2)]
	f := rule.findings with input as {"oas": "3.0", "servers": servers}
	count(f) == 2
}

test_single_server_or_described_not_reported if {
	count(rule.findings) == 0 with input as {"oas": "3.1", "servers": [srv("https://api.acme.io", "", 0)]}
	servers := [srv("https://api.acme.io", "Production", 0), srv("https://sbx.acme.io", "Sandbox", 1)]
	count(rule.findings) == 0 with input as {"oas": "3.1", "servers": servers}
}
