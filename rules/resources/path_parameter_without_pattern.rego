# METADATA
# title: String path parameter without pattern or format
# description: >-
#   A string path parameter accepts any characters: it has no `pattern`, bounded `format` (uuid,
#   date…), `enum` or `const`. Path segments are identifiers; when their syntax is not written down,
#   nothing rejects values such as `..%2F..`, `*` or a megabyte of text before they reach lookups,
#   file systems or downstream URLs.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/20.html
# custom:
#   id: path-parameter-without-pattern
#   severity: low
#   ruleset: all
#   supersedes: [string-without-max-length]
#   owasp: [API4:2023]
#   cwe: [20]
#   remediation: >-
#     Describe the identifier: add a `format` such as `uuid`, or an anchored `pattern` such as
#     `^[a-z0-9-]{1,64}$`.
package oasguard.rules.resources.path_parameter_without_pattern

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some p in lib.parameters
	p.in == "path"
	s := input.schemas[p.schema]
	s.type == "string"
	not constrained(s)
	msg := sprintf("path parameter %q accepts any string: it has no pattern, bounded format, enum or const", [p.name])
}

constrained(s) if some_keyword(s, {"pattern", "enum", "const"})

constrained(s) if lib.bounded_formats[lower(s.format)]

constrained(s) if {
	some b in s.all_of
	lib.bounded_formats[lower(input.schemas[b].format)]
}

some_keyword(s, keys) if {
	some k in keys
	lib.resources_has_keyword(s, k)
}
