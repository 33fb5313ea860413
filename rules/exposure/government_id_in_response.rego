# METADATA
# title: Government identifier returned in responses
# description: >-
#   A property named like a government identifier (ssn, social_security_number, passport_number,
#   national_id, tax_id, drivers_license_number) belongs to a response schema and is not `writeOnly`.
#   These identifiers enable identity theft; an API should return them only where the business truly
#   needs it, and masked otherwise. Masked names (ssn_last4) and values limited to four characters
#   are not reported, nor is the identifier of the object itself (TaxID in a TaxItem schema: the tax
#   item's id).
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cwe.mitre.org/data/definitions/359.html
# custom:
#   id: government-id-in-response
#   severity: medium
#   ruleset: recommended
#   owasp: [API3:2023]
#   cwe: [359]
#   remediation: >-
#     Return the identifier masked (last four characters) under a name that says so, or mark it
#     `writeOnly: true` (OpenAPI 3.x) / move it to a request-only schema.
package oasguard.rules.exposure.government_id_in_response

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some name in lib.data_property_names
	lib.data_government_id_name(name)
	some [s, p] in lib.data_declarations(name)
	s.in_response
	not p.write_only
	not lib.data_own_identifier(s, p)
	ps := lib.data_prop_schema(p)
	object.get(ps, "type", "") in lib.data_scalar_types
	not object.get(ps, ["keywords", "maxLength"], 100) <= 4
	msg := sprintf("property %q holds a government identifier and is returned in responses; it is not writeOnly", [p.name])
}
