# METADATA
# title: Operation on a single resource documents no 404 response
# description: >-
#   A `GET`, `HEAD`, `PUT`, `PATCH` or `DELETE` operation on a path with a parameter (`/orders/{id}`)
#   documents neither `404 Not Found`, a `4XX` range nor a `default` response. How the API answers
#   for identifiers that do not exist, or that the caller may not see, is undefined; implementations
#   then differ between "missing" and "forbidden" and let callers enumerate identifiers.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/
# custom:
#   id: missing-not-found-response
#   severity: info
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [204]
#   remediation: >-
#     Document a `404` response (with an error schema) on operations that address a resource by
#     identifier, and return it for both unknown and inaccessible identifiers.
package oasguard.rules.config.missing_not_found_response

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	op.method in {"get", "head", "put", "patch", "delete"}
	lib.config_path_has_template(op.path)
	not lib.config_covers(op, "404")
	msg := sprintf("%s addresses a resource by identifier but documents no 404 response", [lib.operation_label(op)])
}
