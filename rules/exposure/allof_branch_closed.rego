# METADATA
# title: additionalProperties false inside an allOf composition
# description: >-
#   A schema combines branches with `allOf`, but one branch (or the composing schema itself) sets
#   `additionalProperties: false` while other branches add properties. `additionalProperties` only
#   sees the properties written beside it, so every object that carries the other branches'
#   properties fails validation. Teams then switch validation off, and nothing checks the payloads any
#   more. oneOf/anyOf branches are validated alone and are not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://json-schema.org/understanding-json-schema/reference/object#additionalproperties
# custom:
#   id: allof-branch-closed
#   severity: low
#   ruleset: all
#   owasp: [API3:2023]
#   cwe: [1286]
#   remediation: >-
#     Remove `additionalProperties: false` from allOf branches; close the composed schema with
#     `unevaluatedProperties: false` (OpenAPI 3.1+), or repeat all properties in one closed schema.
package oasguard.rules.exposure.allof_branch_closed

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "allOf")
	s := input.schemas[id]
	some bid in s.all_of
	b := lib.data_schema_of(bid)
	b.additional_properties == false
	own := {p.name | some p in b.properties}
	extra := [p.name | some p in s.properties; not own[p.name]]
	count(extra) > 0
	msg := sprintf("allOf branch %s sets additionalProperties: false, so property %q of another branch is always rejected", [branch_label(b), extra[0]])
}

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "allOf")
	s := input.schemas[id]
	count(s.all_of) > 0
	s.additional_properties == false
	extra := [p.name | some p in s.properties; p.owner != s.id]
	count(extra) > 0
	msg := sprintf("schema sets additionalProperties: false beside allOf, so inherited property %q is always rejected", [extra[0]])
}

branch_label(b) := sprintf("%q", [b.name]) if b.name != ""

else := b.pointer
