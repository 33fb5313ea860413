package oasguard.rules.config.cleartext_server_test

import data.oasguard.rules.config.cleartext_server as rule

srv(scheme, host, level, ptr) := {
	"url": sprintf("%s://%s/v1", [scheme, host]), "scheme": scheme, "host": host, "base_path": "/v1",
	"level": level, "pointer": ptr,
}

anon := {"anonymous": true, "requirements": []}

keyed := {"anonymous": false, "requirements": [{"empty": false, "schemes": [{"name": "k", "type": "apiKey"}]}]}

test_root_http_reported_once if {
	root := srv("http", "api.acme.io", "root", "/servers/0")
	ops := [
		{"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "security": anon, "servers": [root]},
		{"path": "/b", "method": "get", "pointer": "/paths/~1b/get", "security": anon, "servers": [root]},
	]
	f := rule.findings with input as {"servers": [root], "operations": ops}
	count(f) == 1
	some x in f
	x.pointer == "/servers/0/url"
	contains(x.message, "root-level")
}

test_operation_level_http_reported if {
	s := srv("http", "files.acme.io", "operation", "/paths/~1a/get/servers/0")
	ops := [{"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "security": anon, "servers": [s]}]
	f := rule.findings with input as {"servers": [], "operations": ops}
	some x in f
	x.pointer == "/paths/~1a/get/servers/0/url"
	contains(x.message, "operation-level")
}

test_ws_reported if {
	f := rule.findings with input as {"servers": [srv("ws", "stream.acme.io", "root", "/servers/0")], "operations": []}
	count(f) == 1
}

test_https_and_loopback_not_reported if {
	servers := [srv("https", "api.acme.io", "root", "/servers/0"), srv("http", "localhost", "root", "/servers/1"), srv("http", "127.0.0.1", "root", "/servers/2")]
	f := rule.findings with input as {"servers": servers, "operations": []}
	count(f) == 0
}

test_credentialed_server_left_to_other_rule if {
	root := srv("http", "api.acme.io", "root", "/servers/0")
	ops := [{"path": "/a", "method": "get", "pointer": "/paths/~1a/get", "security": keyed, "servers": [root]}]
	f := rule.findings with input as {"servers": [root], "operations": ops}
	count(f) == 0
}
