# METADATA
# title: Request body accepts XML
# description: >-
#   The operation accepts an XML request body (`application/xml`, `text/xml` or a `+xml` type). XML
#   parsers are the entry point for XML external entity (XXE) and entity-expansion attacks unless
#   DTDs and external entities are disabled. This is a review signal: confirm the parser is hardened,
#   or drop XML if JSON suffices.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html
#   - https://cwe.mitre.org/data/definitions/611.html
# custom:
#   id: xml-request-body
#   severity: info
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [611, 776]
#   remediation: >-
#     Accept JSON only where possible; otherwise configure the XML parser to refuse DTDs and external
#     entities and to bound entity expansion.
package oasguard.rules.config.xml_request_body

import data.oasguard.lib

findings contains lib.finding(m, msg) if {
	some op in input.operations
	some m in op.request_body.content
	xml(trim_space(split(m.media_type, ";")[0]))
	msg := sprintf("request body accepts XML (%s): make sure the parser refuses DTDs and external entities", [m.media_type])
}

xml(t) if t in {"application/xml", "text/xml"}

xml(t) if endswith(t, "+xml")
