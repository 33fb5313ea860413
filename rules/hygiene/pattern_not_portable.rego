# METADATA
# title: Pattern cannot be compiled by RE2-based validators
# description: >-
#   OpenAPI patterns are ECMA-262 regular expressions, but many gateways and validators (Go's regexp,
#   RE2, kin-openapi, Envoy) support only the RE2 subset: no lookarounds, no backreferences, no `\u`
#   escapes, no repeat counts over 1000. Where the pattern cannot be compiled, such a validator either
#   rejects the whole document or silently skips the check, so the input is not constrained as written.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://github.com/google/re2/wiki/Syntax
# custom:
#   id: pattern-not-portable
#   severity: info
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [185]
#   remediation: >-
#     Rewrite the pattern without lookarounds and backreferences (RE2 syntax), or make sure every
#     validator in the request path implements ECMA-262 regular expressions.
package oasguard.rules.hygiene.pattern_not_portable

import data.oasguard.lib

findings contains lib.finding(p, p.message) if {
	some p in input.problems
	p.kind == "regex"
}
