# METADATA
# title: Input pattern accepts anything
# description: >-
#   A `pattern` on a client-sent string accepts any value (`.*`, `^.*$`, `^.+$`, `[\s\S]*`…). It
#   looks like validation in the contract and in generated validators but constrains neither the
#   characters nor the length of the value.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/1333.html
# custom:
#   id: pattern-matches-anything
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [20]
#   remediation: >-
#     Replace the pattern with one that describes the allowed characters and length, e.g.
#     `^[\p{L} '-]{1,100}$`, or remove it and bound the string with `maxLength`.
package oasguard.rules.resources.pattern_matches_anything

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "pattern")
	s := input.schemas[id]
	p := s.keywords.pattern
	is_string(p)
	lib.resources_input_schema(s)
	regex.match(`^\^?\(?(\.|\[\\s\\S\]|\[\\S\\s\]|\[\\w\\W\]|\[\\W\\w\]|\[\\d\\D\]|\[\\D\\d\]|\[\^\])[*+]\)?\$?$`, p)
	msg := sprintf("pattern %q accepts any value: it constrains neither characters nor length", [p])
}
