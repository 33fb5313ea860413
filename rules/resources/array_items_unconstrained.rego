# METADATA
# title: Array input with unconstrained items
# description: >-
#   An array that clients send has no `items` schema, or an `items` schema that constrains nothing
#   (`items: {}`: no type, properties, composition, enum or format). Every element is accepted as is,
#   whatever its type, nesting depth or size, so the bounds written elsewhere in the contract do not
#   apply to the contents of the array.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/20.html
# custom:
#   id: array-items-unconstrained
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [20, 770]
#   remediation: Describe the elements with an `items` schema that has a type and bounds (e.g. `maxLength`).
package oasguard.rules.resources.array_items_unconstrained

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.resources_input_ids("array")
	s := input.schemas[id]
	s.type == "array"
	lib.resources_input_schema(s)
	problem := items_problem(s)
	msg := sprintf("%s %s: any element is accepted", [label(s), problem])
}

items_problem(s) := "has no items schema" if {
	s.items == null
	not tuple(s)
} else := "has an items schema that constrains nothing" if {
	it := input.schemas[s.items]
	empty(it)
}

# 3.1 tuples (prefixItems) and `items: false` describe their elements.
tuple(s) if "prefixItems" in object.keys(lib.resources_raw(s))

tuple(s) if lib.resources_raw(s).items == false

empty(it) if {
	count(it.types) == 0
	count(it.properties) == 0
	(count(it.all_of) + count(it.one_of)) + count(it.any_of) == 0
	it.format == ""
	not constraining_keyword(it)
	object.get(it, "additional_properties", null) == null
}

constraining_keyword(it) if {
	some k in object.keys(it.keywords)
	not k in {"description", "title", "example", "examples", "default", "readOnly", "writeOnly", "deprecated", "nullable", "xml", "externalDocs"}
	not startswith(k, "x-")
}

label(s) := sprintf("array property %q", [name]) if {
	name := lib.resources_property_name(s)
	name != ""
} else := "array input"
