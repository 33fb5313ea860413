# METADATA
# title: Request schema does not close additionalProperties
# description: >-
#   An object schema used in requests declares its properties but leaves `additionalProperties` unset,
#   which JSON Schema treats as "anything else is allowed". Validators and generated servers then pass
#   undeclared fields through to the application. This is the default in most specifications, so it
#   is reported as a review signal; explicit `additionalProperties: true` and writable privileged
#   fields have their own rules. Composed schemas (allOf parents in 2.0/3.0, where
#   `additionalProperties: false` would reject the branches' properties) and branches of
#   allOf/oneOf/anyOf are not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html
# custom:
#   id: request-additional-properties-unset
#   severity: info
#   ruleset: all
#   owasp: [API3:2023]
#   cwe: [915]
#   remediation: >-
#     Set `additionalProperties: false` on request objects, or `unevaluatedProperties: false`
#     (OpenAPI 3.1+) on composed ones, and reject unknown fields on the server.
package oasguard.rules.exposure.request_additional_properties_unset

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "properties")
	s := input.schemas[id]
	s.in_request
	s.additional_properties == null
	s.type in {"object", ""}
	count(s.properties) > 0
	not lib.data_composed(s)
	not lib.data_branch_ids[s.id]
	object.get(s.keywords, "unevaluatedProperties", null) != false
	msg := sprintf("request object%s does not set additionalProperties: false: undeclared properties are accepted", [label(s)])
}

label(s) := sprintf(" %q", [s.name]) if s.name != ""

else := ""
