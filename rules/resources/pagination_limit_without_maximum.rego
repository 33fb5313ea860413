# METADATA
# title: Page-size parameter without maximum
# description: >-
#   A parameter that sets how many items one call returns (`limit`, `per_page`, `pageSize`, `$top`,
#   `maxResults`…) has no `maximum`. Pagination then protects nothing: `?limit=10000000` asks the
#   server to load and serialize the whole collection in one response.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/770.html
# custom:
#   id: pagination-limit-without-maximum
#   severity: medium
#   ruleset: recommended
#   owasp: [API4:2023]
#   cwe: [770]
#   remediation: >-
#     Add a `maximum` to the page-size parameter (e.g. `maximum: 100`) and enforce it on the server,
#     rejecting or clamping larger values.
package oasguard.rules.resources.pagination_limit_without_maximum

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some p in lib.parameters
	p.in in {"query", "header"}
	lib.resources_pagination_name(p.name)
	s := input.schemas[p.schema]
	numeric_or_untyped(s)
	not bounded(s)
	msg := sprintf("page-size parameter %q has no maximum: one call can ask for the whole collection", [p.name])
}

numeric_or_untyped(s) if s.type in {"integer", "number", ""}

bounded(s) if {
	some k in {"maximum", "exclusiveMaximum", "enum", "const"}
	lib.resources_has_keyword(s, k)
}
