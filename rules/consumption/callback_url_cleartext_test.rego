package oasguard.rules.consumption.callback_url_cleartext_test

import data.oasguard.rules.consumption.callback_url_cleartext as rule

cb(path) := {"kind": "callback", "path": path, "method": "post", "pointer": "/cb"}

test_http_callback_reported if {
	f := rule.findings with input as {"callbacks": [cb("http://notify.acme.io/hook?id={$request.body#/id}")]}
	count(f) == 1
}

test_https_and_runtime_callbacks_not_reported if {
	f := rule.findings with input as {"callbacks": [cb("https://notify.acme.io/hook"), cb("{$request.body#/callbackUrl}")]}
	count(f) == 0
}
