package oasguard.rules.function.debug_endpoint_documented_test

import data.oasguard.rules.function.debug_endpoint_documented as rule

path(p) := {"path": p, "methods": ["get"], "pointer": concat("", ["/paths/", replace(p, "/", "~1")])}

test_actuator_reported_once if {
	f := rule.findings with input as {"paths": [path("/actuator/heapdump"), path("/pets")]}
	count(f) == 1
	some x in f
	x.pointer == "/paths/~1actuator~1heapdump"
	contains(x.message, "actuator, heapdump")
}

test_ordinary_paths_not_reported if {
	f := rule.findings with input as {"paths": [path("/debuggers"), path("/health"), path("/pets/{id}/trace"), path("/environments")]}
	count(f) == 0
}
