# METADATA
# title: Lower bound above upper bound
# description: >-
#   A schema's lower bound exceeds its upper bound (`minimum` > `maximum`, `minLength` >
#   `maxLength`, `minItems` > `maxItems`, `minProperties` > `maxProperties`, or exclusive bounds that
#   leave no value). No value is valid, so validators either reject everything or, more often, the
#   bound is silently dropped by whatever enforces it and the intended limit is not applied.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://spec.openapis.org/oas/v3.1.0#schema-object
# custom:
#   id: min-greater-than-max
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [1068]
#   remediation: Correct the bounds so that the lower bound is at most the upper bound.
package oasguard.rules.hygiene.min_greater_than_max

import data.oasguard.lib

pairs := [
	["minimum", "maximum"], ["minLength", "maxLength"], ["minItems", "maxItems"],
	["minProperties", "maxProperties"],
]

findings contains lib.finding(s, msg) if {
	some pair in pairs
	some id in lib.schema_ids("keyword", pair[0])
	s := input.schemas[id]
	lo := s.keywords[pair[0]]
	hi := s.keywords[pair[1]]
	is_number(lo)
	is_number(hi)
	lo > hi
	msg := sprintf("%s %v is greater than %s %v: no value is valid", [pair[0], lo, pair[1], hi])
}

# 3.1 numeric exclusive bounds, and 3.0 boolean ones on equal bounds.
findings contains lib.finding(s, msg) if {
	some k in ["exclusiveMinimum", "exclusiveMaximum"]
	some id in lib.schema_ids("keyword", k)
	s := input.schemas[id]
	some [lo_key, lo, hi_key, hi] in exclusive_bounds(s)
	lo >= hi
	msg := sprintf("%s %v and %s %v leave no valid value", [lo_key, lo, hi_key, hi])
}

exclusive_bounds(s) := [[lo_key, lo, hi_key, hi] |
	some [lo_key, hi_key] in [
		["exclusiveMinimum", "maximum"],
		["minimum", "exclusiveMaximum"],
		["exclusiveMinimum", "exclusiveMaximum"],
	]
	lo := s.keywords[lo_key]
	hi := s.keywords[hi_key]
	is_number(lo)
	is_number(hi)
]

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "minimum")
	s := input.schemas[id]
	s.keywords.minimum == s.keywords.maximum
	is_number(s.keywords.minimum)
	some k in ["exclusiveMinimum", "exclusiveMaximum"]
	s.keywords[k] == true
	msg := sprintf("minimum and maximum are both %v and %s is true: no value is valid", [s.keywords.minimum, k])
}
