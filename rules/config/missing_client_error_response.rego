# METADATA
# title: Operation documents no client-error response
# description: >-
#   The operation accepts parameters or a request body but documents no `4xx` response (no `400`,
#   `422`, `4XX` or other client error) and no `default` response. How invalid input is rejected is
#   then undefined: clients cannot rely on it, and a gateway or test suite cannot check that the
#   implementation validates input instead of failing or leaking details.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/20.html
# custom:
#   id: missing-client-error-response
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [20]
#   remediation: >-
#     Document the response returned for invalid input (`400` or `422`, or a `4XX` range) with an error
#     schema, or a `default` error response shared by all operations.
package oasguard.rules.config.missing_client_error_response

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	not op.method in {"head", "options", "trace"}
	lib.config_takes_input(op)
	not lib.has_status_class(op, "4")
	not lib.config_has_default(op)
	msg := sprintf("%s accepts input but documents no 4xx or default response", [lib.operation_label(op)])
}
