# METADATA
# title: Request body without a 415 response
# description: >-
#   The operation takes a request body but documents neither 415 Unsupported Media Type nor a 4XX or
#   default response. Clients and gateways cannot tell that bodies of another media type are refused,
#   and implementations that parse whatever arrives (XML, form data) widen the attack surface.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://www.rfc-editor.org/rfc/rfc9110#status.415
# custom:
#   id: missing-unsupported-media-type-response
#   severity: info
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [436]
#   remediation: Document a 415 response (or a 4XX/default error response) on operations that take a body.
package oasguard.rules.config.missing_unsupported_media_type_response

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in lib.operations
	count(op.request_body.content) > 0
	not lib.config_covers(op, "415")
	msg := sprintf("%s takes a request body but documents no 415 response", [lib.operation_label(op)])
}
