package oasguard.rules.hygiene.discriminator_property_undefined_test

import data.oasguard.rules.hygiene.discriminator_property_undefined as rule

schema(id, props, required, one_of, d) := {"id": id, "pointer": sprintf("/%s", [id]), "properties": [{"name": n} | some n in props], "required": required, "one_of": one_of, "any_of": [], "keywords": {"discriminator": d}}

plain(id, props, required) := {"id": id, "pointer": sprintf("/%s", [id]), "properties": [{"name": n} | some n in props], "required": required, "one_of": [], "any_of": [], "keywords": {}}

run(schemas) := f if {
	f := rule.findings with input as {"schemas": schemas}
}

test_undefined_property_is_reported_at_property_name if {
	f := run({"Pet": schema("Pet", ["name"], [], [], {"propertyName": "kind"})})
	count(f) == 1
	some x in f
	x.pointer == "/Pet/discriminator/propertyName"
	contains(x.message, "not defined")
}

test_not_required_is_reported if {
	f := run({"Pet": schema("Pet", ["kind"], [], [], {"propertyName": "kind"})})
	some x in f
	contains(x.message, "not required")
}

test_branches_are_checked if {
	ok := {"U": schema("U", [], [], ["A", "B"], {"propertyName": "kind"}), "A": plain("A", ["kind"], ["kind"]), "B": plain("B", ["kind"], ["kind"])}
	count(run(ok)) == 0
	bad := object.union(ok, {"B": plain("B", ["other"], [])})
	count(run(bad)) == 1
}

test_swagger2_string_discriminator if {
	count(run({"Pet": schema("Pet", ["petType"], ["petType"], [], "petType")})) == 0
	f := run({"Pet": schema("Pet", ["name"], [], [], "petType")})
	some x in f
	x.pointer == "/Pet/discriminator"
}

test_nested_composition_branch_is_not_a_holder if {
	nested := {"U": schema("U", [], [], ["A", "N"], {"propertyName": "kind"}), "A": plain("A", ["kind"], ["kind"]), "N": object.union(plain("N", [], []), {"one_of": ["A"]})}
	count(run(nested)) == 0
}
