# METADATA
# title: Composed request schema does not close with unevaluatedProperties
# description: >-
#   A request schema built with allOf accepts any property that no branch declares. In OpenAPI 3.1 and
#   later, `unevaluatedProperties: false` on the composed schema closes it while still accepting the
#   properties of every branch (`additionalProperties: false` cannot: it ignores the branches). Without
#   it, clients can send fields the server may bind by mistake (mass assignment).
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://json-schema.org/understanding-json-schema/reference/object#unevaluatedproperties
# custom:
#   id: request-composition-not-closed
#   severity: info
#   ruleset: all
#   owasp: [API3:2023]
#   cwe: [915]
#   remediation: "Add `unevaluatedProperties: false` to the composed request schema."
package oasguard.rules.exposure.request_composition_not_closed

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	input.oas in {"3.1", "3.2"}
	some id in lib.schema_ids("keyword", "allOf")
	s := input.schemas[id]
	s.in_request
	count(s.all_of) > 0
	count(s.properties) > 0
	not lib.data_branch_ids[s.id]
	object.get(s.keywords, "unevaluatedProperties", null) != false
	object.get(s.keywords, "additionalProperties", null) != false
	msg := sprintf("composed request schema%s accepts properties that no allOf branch declares", [label(s)])
}

label(s) := sprintf(" %q", [s.name]) if s.name != ""

else := ""
