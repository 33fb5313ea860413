# METADATA
# title: Page-size parameter without maximum
# description: >-
#   A parameter that sets how many items one call returns (`limit`, `per_page`, `pageSize`, `$top`,
#   `maxResults`…) has no `maximum`. Pagination then protects nothing: `?limit=10000000` asks the
#   server to load and serialize the whole collection in one response. A bound stated in the description
#   ("between 1 and 100", "maximum 1000", "up to 50") is a bound. The same parameter written inline on
#   many operations is one convention of the API: it is reported once, at its first declaration, with
#   the others as occurrences.
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

findings contains lib.finding_at_fix(p, msg, fix, fix_msg) if {
	some p in flagged
	fix := lib.repeated_fix(flagged, p)
	msg := sprintf("page-size parameter %q has no maximum: one call can ask for the whole collection", [p.name])
	fix_msg := sprintf("page-size parameter %q has no maximum wherever it is declared: one call can ask for the whole collection", [p.name])
}

flagged contains p if {
	some p in lib.parameters
	p.in in {"query", "header"}
	lib.resources_pagination_name(p.name)
	s := input.schemas[p.schema]
	numeric_or_untyped(s)
	not bounded(s)
	not lib.resources_prose_maximum(lib.resources_parameter_prose(p))
}

numeric_or_untyped(s) if s.type in {"integer", "number", ""}

bounded(s) if {
	some k in {"maximum", "exclusiveMaximum", "enum", "const"}
	lib.resources_has_keyword(s, k)
}
