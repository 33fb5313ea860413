# METADATA
# title: Structured request body without schema
# description: >-
#   A request body media type that carries structured data (JSON, XML, form, multipart) has no
#   `schema`, so any payload of any size and shape is accepted by the contract and by every
#   validator generated from it. Binary media types (files) are covered by
#   `upload-without-size-limit`. Swagger 2.0 requires a schema on body parameters, so the check
#   concerns OpenAPI 3.x.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/20.html
# custom:
#   id: request-body-without-schema
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [20, 1284]
#   remediation: Describe the payload with a `schema` under the media type, with bounds on every field.
package oasguard.rules.resources.request_body_without_schema

import data.oasguard.lib

findings contains lib.finding(m, msg) if {
	input.oas != "2.0"
	some op in input.operations
	some m in op.request_body.content
	m.schema == null
	structured(m.media_type)
	msg := sprintf("%s request body %q has no schema: any payload is accepted", [lib.operation_label(op), m.media_type])
}

structured(mt) if regex.match(`^(application/([a-z0-9.+-]*\+)?(json|xml)|text/xml|application/x-www-form-urlencoded|multipart/.*)(;.*)?$`, mt)
