# METADATA
# title: Request body accepts any value
# description: >-
#   The schema of a JSON, XML or form request body is empty (`{}`, or only annotations) or a free-form
#   object (`type: object` without properties, map value schema or composition). Any payload passes
#   validation, so nothing stops clients from sending fields the server should not accept (mass
#   assignment), and reviewers cannot tell what the operation takes.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cwe.mitre.org/data/definitions/20.html
# custom:
#   id: request-body-unconstrained
#   severity: low
#   ruleset: all
#   owasp: [API3:2023]
#   cwe: [20, 915]
#   remediation: >-
#     Describe the body: list its `properties` with their types and set `additionalProperties: false`.
package oasguard.rules.exposure.request_body_unconstrained

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some op in input.operations
	some m in op.request_body.content
	lib.data_structured_media(m.media_type)
	m.schema != null
	s := lib.data_schema_of(m.schema)
	shape := unconstrained(s)
	msg := sprintf("request body of %s (%s) is %s: any payload is accepted", [lib.operation_label(op), m.media_type, shape])
}

unconstrained(s) := "an empty schema" if lib.data_empty_schema(s)

else := "a free-form object" if lib.data_free_form_object(s)
