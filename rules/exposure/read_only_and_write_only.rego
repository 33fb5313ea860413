# METADATA
# title: Schema is both readOnly and writeOnly
# description: >-
#   A schema sets both `readOnly: true` and `writeOnly: true`. The value may then appear neither in
#   requests nor in responses, and tools disagree about what to do: some drop the property from both
#   directions, others ignore both flags and expose a write-only secret in responses.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://spec.openapis.org/oas/v3.0.3#fixed-fields-19
# custom:
#   id: read-only-and-write-only
#   severity: low
#   ruleset: all
#   owasp: [API3:2023]
#   cwe: [1286]
#   remediation: >-
#     Keep only the flag that matches the intent: `writeOnly` for secrets the client sends,
#     `readOnly` for values the server assigns.
package oasguard.rules.exposure.read_only_and_write_only

import data.oasguard.lib

findings contains lib.finding(s, "schema is both readOnly and writeOnly") if {
	input.oas != "2.0"
	some id in lib.schema_ids("keyword", "readOnly")
	s := input.schemas[id]
	s.keywords.readOnly == true
	s.keywords.writeOnly == true
}
