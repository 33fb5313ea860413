# METADATA
# title: Map input without maxProperties
# description: >-
#   An object that clients send is a map (`additionalProperties: true` or a schema) with no
#   `maxProperties`, so one request can carry any number of keys. Objects that merely leave
#   `additionalProperties` unwritten are not reported; only explicit maps, where arbitrary keys are
#   part of the contract.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/770.html
# custom:
#   id: map-without-max-properties
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [770]
#   remediation: Add `maxProperties` with the largest number of entries the map legitimately needs.
package oasguard.rules.resources.map_without_max_properties

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "additionalProperties")
	s := input.schemas[id]
	s.additional_properties in {true, "schema"}
	lib.resources_input_schema(s)
	not lib.resources_has_keyword(s, "maxProperties")
	not lib.resources_allof_branches[s.id]
	msg := sprintf("%s accepts any number of keys (additionalProperties without maxProperties)", [label(s)])
}

label(s) := sprintf("map property %q", [name]) if {
	name := lib.resources_property_name(s)
	name != ""
} else := sprintf("map schema %q", [s.name]) if {
	s.name != ""
} else := "map input"
