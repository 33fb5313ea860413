package oasguard.rules.exposure.allof_branch_closed_test

import data.oasguard.rules.exposure.allof_branch_closed as rule

p(name, owner) := {"name": name, "owner": owner, "pointer": concat("/", [owner, name])}

base(addl) := {"id": "Base", "name": "Base", "pointer": "/Base", "additional_properties": addl, "all_of": [], "properties": [p("id", "Base")]}

dog(addl, all_of) := {
	"id": "Dog", "name": "Dog", "pointer": "/Dog", "additional_properties": addl, "all_of": all_of,
	"properties": [p("bark", "Dog"), p("id", "Base")],
}

test_closed_branch_is_reported if {
	f := rule.findings with input as {"schemas": {"Base": base(false), "Dog": dog(null, ["Base"])}}
	count(f) == 1
	some x in f
	x.pointer == "/Dog"
	contains(x.message, "bark")
}

test_closed_parent_is_reported if {
	f := rule.findings with input as {"schemas": {"Base": base(null), "Dog": dog(false, ["Base"])}}
	count(f) == 1
	some x in f
	contains(x.message, "inherited property \"id\"")
}

test_open_composition_is_not_reported if {
	count(rule.findings) == 0 with input as {"schemas": {"Base": base(null), "Dog": dog(null, ["Base"])}}
}

test_closed_schema_without_allof_is_not_reported if {
	count(rule.findings) == 0 with input as {"schemas": {"Base": base(false)}}
}
