package oasguard.rules.config.server_url_malformed_test

import data.oasguard.rules.config.server_url_malformed as rule

srv(url, scheme, host) := {"url": url, "resolved": url, "scheme": scheme, "host": host, "level": "root", "pointer": "/servers/0"}

run(s) := f if {
	f := rule.findings with input as {"oas": "3.0", "servers": [s], "operations": []}
}

test_missing_scheme_reported if {
	f := run(srv("api.acme.io/v1", "", ""))
	some x in f
	contains(x.message, "no scheme")
}

test_no_host_reported if {
	f := run(srv("https:///v1", "https", ""))
	some x in f
	contains(x.message, "no host")
}

test_unknown_scheme_reported if {
	f := run(srv("htps://api.acme.io", "htps", "api.acme.io"))
	some x in f
	contains(x.message, "htps")
}

test_whitespace_reported if {
	f := run(srv("https://api.acme.io/v1 ", "https", "api.acme.io"))
	some x in f
	contains(x.message, "white space")
}

test_valid_urls_not_reported if {
	count(run(srv("https://api.acme.io/v1", "https", "api.acme.io"))) == 0
	count(run(srv("/v1", "", ""))) == 0
	count(run(srv("./v1", "", ""))) == 0
	count(run(srv("v1/api", "", ""))) == 0
	count(run(srv("{scheme}://api.acme.io", "", ""))) == 0
}

test_v2_host_with_scheme_reported if {
	f := rule.findings with input as {"oas": "2.0", "document": {"host": "https://api.acme.io"}, "servers": [], "operations": []}
	some x in f
	x.pointer == "/host"
}

test_v2_plain_host_not_reported if {
	f := rule.findings with input as {"oas": "2.0", "document": {"host": "api.acme.io:8443"}, "servers": [], "operations": []}
	count(f) == 0
}
