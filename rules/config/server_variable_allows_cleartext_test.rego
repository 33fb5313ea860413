package oasguard.rules.config.server_variable_allows_cleartext_test

import data.oasguard.rules.config.server_variable_allows_cleartext as rule

srv(scheme, values) := {
	"url": "{scheme}://api.acme.io", "scheme": scheme, "level": "root", "pointer": "/servers/0",
	"variables": {"scheme": {"default": scheme, "enum": values}},
}

test_http_in_enum_reported if {
	f := rule.findings with input as {"servers": [srv("https", ["https", "http"])], "operations": []}
	count(f) == 1
	some x in f
	contains(x.message, "\"http\"")
}

test_http_url_in_enum_reported if {
	s := {"url": "{base}", "scheme": "https", "level": "root", "pointer": "/servers/0", "variables": {"base": {"default": "https://a.io", "enum": ["https://a.io", "HTTP://b.io"]}}}
	f := rule.findings with input as {"servers": [s], "operations": []}
	count(f) == 1
}

test_https_only_not_reported if {
	f := rule.findings with input as {"servers": [srv("https", ["https", "wss"])], "operations": []}
	count(f) == 0
}

test_http_default_left_to_cleartext_server if {
	f := rule.findings with input as {"servers": [srv("http", ["https", "http"])], "operations": []}
	count(f) == 0
}
