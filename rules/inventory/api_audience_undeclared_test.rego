package oasguard.rules.inventory.api_audience_undeclared_test

import data.oasguard.rules.inventory.api_audience_undeclared as rule

info := {"title": "T", "version": "1", "pointer": "/info"}

test_no_marker_reported if {
	f := rule.findings with input as {"info": info, "document": {"info": {}, "servers": [{"url": "https://a.io"}]}}
	count(f) == 1
	some x in f
	x.pointer == "/info"
}

test_markers_satisfy if {
	count(rule.findings) == 0 with input as {"info": object.union(info, {"x-audience": "external-public"}), "document": {}}
	count(rule.findings) == 0 with input as {"info": info, "document": {"servers": [{"url": "https://a.io", "x-internal": false}]}}
	count(rule.findings) == 0 with input as {"info": info, "document": {"x-internal": true}}
}
