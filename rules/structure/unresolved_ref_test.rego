package oasguard.rules.structure.unresolved_ref_test

import data.oasguard.rules.structure.unresolved_ref as rule

ref(r, status) := {"ref": r, "status": status, "error": "boom", "pointer": sprintf("/x/%s", [status])}

test_broken_refs_reported if {
	refs := [ref("#/components/schemas/Nope", "missing"), ref("#/bad pointer~", "invalid"), ref("gone.yaml", "unreadable")]
	f := rule.findings with input as {"refs": refs}
	count(f) == 3
	some x in f
	x.pointer == "/x/missing"
	contains(x.message, "does not resolve")
}

test_other_statuses_not_reported if {
	refs := [ref("#/a", "ok"), ref("https://x.io/a.json", "remote"), ref("../../etc/passwd", "outside-root")]
	f := rule.findings with input as {"refs": refs}
	count(f) == 0
}

test_ref_cycle_is_reported if {
	r := {"ref": "#/components/schemas/A", "status": "cycle", "error": "loops", "pointer": "/components/schemas/B", "file": "api.yaml"}
	some f in data.oasguard.rules.structure.unresolved_ref.findings with input as {"refs": [r]}
	contains(f.message, "loops back")
}
