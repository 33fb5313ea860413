package oasguard.rules.function.trace_method_documented_test

import data.oasguard.rules.function.trace_method_documented as rule

test_trace_reported if {
	f := rule.findings with input as {"operations": [{"path": "/pets", "method": "trace", "pointer": "/paths/~1pets/trace"}, {"path": "/pets", "method": "get", "pointer": "/paths/~1pets/get"}]}
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1pets/trace"
}

test_other_methods_not_reported if {
	f := rule.findings with input as {"operations": [{"path": "/trace", "method": "get", "pointer": "/paths/~1trace/get"}]}
	count(f) == 0
}
