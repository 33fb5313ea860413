package oasguard.rules.hygiene.items_on_non_array_test

import data.oasguard.rules.hygiene.items_on_non_array as rule

run(types, items) := f if {
	f := rule.findings with input as {"schemas": {"s": {"id": "s", "pointer": "/s", "types": types, "items": items}}}
}

test_items_on_a_string_is_reported if {
	f := run(["string"], "i")
	count(f) == 1
	some x in f
	x.pointer == "/s/items"
}

test_arrays_and_untyped_schemas_are_not_reported if {
	count(run(["array"], "i")) == 0
	count(run(["array", "null"], "i")) == 0
	count(run([], "i")) == 0
	count(run(["string"], null)) == 0
}
