package oasguard.rules.inventory.missing_operation_id_test

import data.oasguard.rules.inventory.missing_operation_id as rule

test_missing_reported if {
	f := rule.findings with input as {"operations": [{"path": "/a", "method": "get", "operation_id": "", "pointer": "/p"}, {"path": "/b", "method": "get", "operation_id": "b", "pointer": "/q"}]}
	count(f) == 1
	some x in f
	x.pointer == "/p"
}
