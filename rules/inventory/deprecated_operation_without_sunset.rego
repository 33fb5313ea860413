# METADATA
# title: Deprecated operation has no sunset information
# description: >-
#   The operation is marked `deprecated: true` but says nothing about when it goes away: no `Sunset`
#   or `Deprecation` response header, no `x-sunset`-style extension, and no removal date or sunset
#   wording in its description. Deprecated endpoints without an end date tend to live forever,
#   unmaintained and unmonitored, as forgotten attack surface.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
#   - https://www.rfc-editor.org/rfc/rfc8594
# custom:
#   id: deprecated-operation-without-sunset
#   severity: low
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Announce the removal date: document a `Sunset` response header (RFC 8594), add `x-sunset:
#     YYYY-MM-DD`, or state the date and the replacement in the description; then remove the operation
#     on schedule.
package oasguard.rules.inventory.deprecated_operation_without_sunset

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in input.operations
	op.deprecated == true
	not sunset_extension(op)
	not sunset_header(op)
	not sunset_text(op)
	msg := sprintf("%s is deprecated without a sunset date or removal plan", [lib.operation_label(op)])
}

sunset_extension(op) if {
	some k, _ in object.get(op, "extensions", {})
	regex.match(`(?i)sunset|remov|retire|deprecat|end-?of-?life|eol`, k)
}

sunset_header(op) if {
	some r in op.responses
	some h in r.headers
	lower(h.name) in {"sunset", "deprecation"}
}

sunset_text(op) if regex.match(
	`(?i)sunset|remov|retire|decommission|end[ -]of[ -]life|discontinu|\b(19|20)\d\d-\d\d-\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2},? (19|20)\d\d\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (19|20)\d\d\b`,
	concat(" ", [op.summary, op.description]),
)
