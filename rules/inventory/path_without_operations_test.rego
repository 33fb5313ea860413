package oasguard.rules.inventory.path_without_operations_test

import data.oasguard.rules.inventory.path_without_operations as rule

test_empty_path_reported if {
	f := rule.findings with input as {"paths": [{"path": "/old", "methods": [], "pointer": "/paths/~1old"}, {"path": "/a", "methods": ["get"], "pointer": "/paths/~1a"}]}
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1old"
}

test_paths_with_operations_not_reported if {
	f := rule.findings with input as {"paths": [{"path": "/a", "methods": ["get", "post"], "pointer": "/paths/~1a"}]}
	count(f) == 0
}
