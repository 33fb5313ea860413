# METADATA
# title: items on a schema that is not an array
# description: >-
#   A schema declares a `type` other than `array` and has `items`. The items schema never applies, so
#   whatever it constrains (lengths, patterns, enums of the elements) is not checked; often the author
#   meant `type: array` and the value is not validated as intended.
# related_resources:
#   - https://spec.openapis.org/oas/v3.1.0#schema-object
# custom:
#   id: items-on-non-array
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [1284]
#   remediation: >-
#     Declare `type: array` on the schema, or remove `items`.
package oasguard.rules.hygiene.items_on_non_array

import data.oasguard.lib

findings contains lib.finding(lib.locate_key(s, "items"), msg) if {
	some s in input.schemas
	s.items != null
	declared := {t | some t in s.types; t != "null"}
	count(declared) > 0
	not "array" in declared
	msg := sprintf("items has no effect on a schema of type %s", [concat(" or ", sort(declared))])
}
