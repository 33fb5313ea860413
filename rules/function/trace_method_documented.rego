# METADATA
# title: TRACE method documented
# description: >-
#   The API documents a TRACE operation. TRACE echoes the request back, including headers such as
#   `Authorization` and cookies, which enables cross-site tracing and leaks credentials added by proxies;
#   production APIs should not expose it.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/
#   - https://owasp.org/www-community/attacks/Cross_Site_Tracing
# custom:
#   id: trace-method-documented
#   severity: low
#   ruleset: recommended
#   owasp: [API5:2023, API8:2023]
#   cwe: [693]
#   remediation: >-
#     Remove the TRACE operation and disable the method on the server and every proxy in front of it.
package oasguard.rules.function.trace_method_documented

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in lib.auth_operations
	op.method == "trace"
	msg := sprintf("%s exposes the TRACE method, which echoes requests including credentials", [lib.operation_label(op)])
}
