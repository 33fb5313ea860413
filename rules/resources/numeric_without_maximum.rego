# METADATA
# title: Numeric input without maximum
# description: >-
#   An integer or number that clients send has no `maximum` (nor `exclusiveMaximum`, `enum` or
#   `const`). Quantities, sizes, durations and amounts without an upper bound let one request ask
#   for huge allocations, loops or time windows. An `int32`/`int64` format bounds the
#   representation, not the business range, so it does not exempt the value; identifiers (`id`,
#   `userId`…) are looked up rather than used as sizes and are not reported, nor are page-size
#   parameters, which `pagination-limit-without-maximum` covers.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/770.html
# custom:
#   id: numeric-without-maximum
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [770, 1284]
#   remediation: >-
#     Add `maximum` (and `minimum`) with the largest value the operation is designed to handle, e.g.
#     `quantity: {type: integer, minimum: 1, maximum: 100}`.
package oasguard.rules.resources.numeric_without_maximum

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some type in ["integer", "number"]
	some id in lib.resources_input_ids(type)
	s := input.schemas[id]
	s.type == type
	lib.resources_input_schema(s)
	not bounded(s)
	not lib.resources_allof_branches[s.id]
	not exempt_name(s)
	msg := sprintf("%s has no maximum%s", [label(s), format_note(s)])
}

bounded(s) if {
	some k in {"maximum", "exclusiveMaximum", "enum", "const"}
	lib.resources_has_keyword(s, k)
}

exempt_name(s) if lib.resources_id_name(lib.resources_property_name(s))

exempt_name(s) if exempt_parameter_schemas[s.id]

# exempt_parameter_schemas are the schemas of identifier and page-size parameters.
exempt_parameter_schemas := {pair[0] |
	some pair in lib.resources_param_schema_names
	named_exempt(pair[1])
}

named_exempt(name) if lib.resources_id_name(name)

named_exempt(name) if lib.resources_pagination_name(name)

label(s) := sprintf("%s property %q", [s.type, name]) if {
	name := lib.resources_property_name(s)
	name != ""
} else := sprintf("%s input", [s.type])

format_note(s) := sprintf(": only its %s format bounds it", [s.format]) if {
	s.format in {"int32", "int64", "float", "double"}
} else := " and no format: any magnitude is accepted"
