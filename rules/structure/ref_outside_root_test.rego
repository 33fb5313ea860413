package oasguard.rules.structure.ref_outside_root_test

import data.oasguard.rules.structure.ref_outside_root as rule

test_outside_root_reported if {
	f := rule.findings with input as {"refs": [{"ref": "../../etc/passwd", "status": "outside-root", "pointer": "/a"}, {"ref": "#/b", "status": "ok", "pointer": "/b"}]}
	count(f) == 1
	some x in f
	x.pointer == "/a"
}

test_inside_not_reported if {
	f := rule.findings with input as {"refs": [{"ref": "common.yaml#/X", "status": "ok", "pointer": "/a"}]}
	count(f) == 0
}
