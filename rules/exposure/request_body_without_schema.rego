# METADATA
# title: Request body media type without schema
# description: >-
#   A JSON, XML or form request body declares its media type but no `schema`. Nothing describes or
#   validates what clients send, so gateways and generated servers accept any payload, including
#   fields the server should set itself.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cwe.mitre.org/data/definitions/20.html
# custom:
#   id: request-body-without-schema
#   severity: low
#   owasp: [API3:2023]
#   cwe: [20]
#   remediation: Add a `schema` that lists the accepted properties and closes `additionalProperties`.
package oasguard.rules.exposure.request_body_without_schema

import data.oasguard.lib

# Swagger 2.0 bodies always have a schema; formData bodies are their parameters.
findings contains lib.finding(m, msg) if {
	input.oas != "2.0"
	some op in input.operations
	some m in op.request_body.content
	m.schema == null
	lib.data_structured_media(m.media_type)
	msg := sprintf("request body of %s (%s) has no schema", [lib.operation_label(op), m.media_type])
}
