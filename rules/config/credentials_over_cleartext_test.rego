package oasguard.rules.config.credentials_over_cleartext_test

import data.oasguard.rules.config.credentials_over_cleartext as rule

srv(scheme, host) := {"url": sprintf("%s://%s", [scheme, host]), "scheme": scheme, "host": host, "base_path": "", "level": "root", "pointer": "/servers/0"}

sec(type) := {"anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": "s", "type": type}]}]}

op(name, security, s) := {"path": name, "method": "post", "pointer": concat("", ["/paths/", name, "/post"]), "security": security, "servers": [s]}

test_api_key_over_http_reported_once if {
	s := srv("http", "api.acme.io")
	f := rule.findings with input as {"servers": [s], "operations": [op("/a", sec("apiKey"), s), op("/b", sec("oauth2"), s)]}
	count(f) == 1
	some x in f
	x.pointer == "/servers/0"
	contains(x.message, "2 operation(s)")
}

test_anonymous_alternative_not_reported if {
	s := srv("http", "api.acme.io")
	optional := {"anonymous": true, "requirements": [{"empty": false, "schemes": [{"name": "s", "type": "apiKey"}]}, {"empty": true, "schemes": []}]}
	f := rule.findings with input as {"servers": [s], "operations": [op("/a", optional, s)]}
	count(f) == 0
}

test_https_not_reported if {
	s := srv("https", "api.acme.io")
	f := rule.findings with input as {"servers": [s], "operations": [op("/a", sec("apiKey"), s)]}
	count(f) == 0
}

test_mutual_tls_not_reported if {
	s := srv("http", "api.acme.io")
	f := rule.findings with input as {"servers": [s], "operations": [op("/a", sec("mutualTLS"), s)]}
	count(f) == 0
}

test_loopback_not_reported if {
	s := srv("http", "localhost")
	f := rule.findings with input as {"servers": [s], "operations": [op("/a", sec("apiKey"), s)]}
	count(f) == 0
}
