package oasguard.rules.inventory.duplicate_operation_id_test

import data.oasguard.rules.inventory.duplicate_operation_id as rule

op(path, id) := {"path": path, "method": "get", "operation_id": id, "pointer": sprintf("/paths/%s/get", [path])}

test_duplicates_reported_on_each if {
	f := rule.findings with input as {"operations": [op("a", "getThing"), op("b", "getThing"), op("c", "other")], "webhooks": [op("d", "getThing")]}
	count(f) == 3
	some x in f
	contains(x.message, "used by 3 operations")
}

test_unique_and_missing_not_reported if {
	f := rule.findings with input as {"operations": [op("a", "x"), op("b", "y"), op("c", ""), op("d", "")]}
	count(f) == 0
}
