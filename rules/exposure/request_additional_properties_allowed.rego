# METADATA
# title: Request schema explicitly accepts undeclared properties
# description: >-
#   An object schema used in requests declares its properties and also sets
#   `additionalProperties: true`. Clients may then send any extra field, and a server that binds the
#   body onto its model (mass assignment) will store fields the API never meant to accept, such as
#   role or owner. Schemas that are branches of allOf/oneOf/anyOf are not reported: their extra
#   properties are the other branches' properties.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html
# custom:
#   id: request-additional-properties-allowed
#   severity: medium
#   ruleset: recommended
#   owasp: [API3:2023]
#   cwe: [915]
#   remediation: >-
#     Set `additionalProperties: false` on request objects (3.1+: `unevaluatedProperties: false` on
#     composed schemas) and reject unknown fields on the server.
package oasguard.rules.exposure.request_additional_properties_allowed

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "additionalProperties")
	s := input.schemas[id]
	s.in_request
	s.additional_properties == true
	count(s.properties) > 0
	not lib.data_branch_ids[s.id]
	msg := sprintf("request object%s sets additionalProperties: true: clients may send undeclared properties", [label(s)])
}

label(s) := sprintf(" %q", [s.name]) if s.name != ""

else := ""
