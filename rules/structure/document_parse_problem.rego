# METADATA
# title: Document is ambiguous or partly unreadable
# description: >-
#   The loader met a problem while reading the document or a file it references: a duplicate key
#   (parsers disagree on which value wins, so a gateway and a backend can see different security
#   settings), a file that is not valid JSON or YAML, or a malformed `x-oasguard-ignore`. The affected
#   part is scanned as far as it can be read.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/436.html
# custom:
#   id: document-parse-problem
#   severity: medium
#   ruleset: recommended
#   owasp: [API8:2023]
#   cwe: [436]
#   remediation: >-
#     Remove duplicate keys and syntax errors so that every parser reads the same document; give each
#     `x-oasguard-ignore` entry a rule id and a reason.
package oasguard.rules.structure.document_parse_problem

import data.oasguard.lib

findings contains lib.finding(p, p.message) if {
	some p in input.problems
	p.kind == "parse"
}
