package oasguard.rules.config.server_local_address_test

import data.oasguard.rules.config.server_local_address as rule

srv(host, i) := {"url": sprintf("http://%s:8080", [host]), "scheme": "http", "host": host, "level": "root", "pointer": sprintf("/servers/%d", [i])}

test_local_and_private_reported if {
	servers := [srv("localhost", 0), srv("10.1.2.3", 1), srv("172.20.0.4", 2), srv("192.168.1.10", 3), srv("billing.corp", 4), srv("printer.local", 5)]
	f := rule.findings with input as {"servers": servers, "operations": []}
	count(f) == 6
	some x in f
	x.pointer == "/servers/0/url"
	contains(x.message, "local machine")
}

test_public_hosts_not_reported if {
	servers := [srv("api.acme.io", 0), srv("172.32.0.1", 1), srv("8.8.8.8", 2), srv("local.acme.io", 3), srv("", 4)]
	f := rule.findings with input as {"servers": servers, "operations": []}
	count(f) == 0
}
