# METADATA
# title: API audience is not declared
# description: >-
#   Neither `info` nor the servers say who the API is for: no `x-audience` (Zalando's
#   `company-internal`, `external-partner`, `external-public`, …), `x-internal` or `x-visibility`
#   marker. Without it, an internal API can be published or exposed through a public gateway by
#   mistake, and inventories cannot separate public from internal surface.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
#   - https://opensource.zalando.com/restful-api-guidelines/#219
# custom:
#   id: api-audience-undeclared
#   severity: info
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Declare the intended audience, for example `info: {x-audience: external-public}`, or mark
#     internal servers with `x-internal: true`.
package oasguard.rules.inventory.api_audience_undeclared

import data.oasguard.lib

markers := {"x-audience", "x-api-audience", "x-internal", "x-visibility", "x-public"}

findings contains lib.finding(input.info, "the document does not declare its audience (x-audience, x-internal)") if {
	not declared
}

declared if {
	some k, _ in input.info
	markers[lower(k)]
}

declared if {
	some k, _ in input.document
	markers[lower(k)]
}

declared if {
	some s in object.get(input.document, "servers", [])
	some k, _ in s
	markers[lower(k)]
}
