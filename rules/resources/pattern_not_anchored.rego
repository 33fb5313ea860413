# METADATA
# title: Input pattern is not anchored
# description: >-
#   A `pattern` on a client-sent string is anchored at neither end (no `^`, no `$`). JSON Schema
#   patterns match anywhere in the value, so `[a-z0-9]+` accepts `<script>x` and a megabyte of
#   anything around one matching character: the check that looks like input validation validates
#   almost nothing. Patterns anchored at one end only (`^https://`, `\.json$`) are deliberate prefix
#   or suffix checks and are not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/625.html
# custom:
#   id: pattern-not-anchored
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [625, 20]
#   remediation: >-
#     Anchor the pattern at both ends, e.g. `^[a-z0-9]{1,32}$`, so that it describes the whole value.
package oasguard.rules.resources.pattern_not_anchored

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in lib.schema_ids("keyword", "pattern")
	s := input.schemas[id]
	p := s.keywords.pattern
	is_string(p)
	lib.resources_input_schema(s)
	not regex.match(`^(\^|\\A)`, p)
	not regex.match(`(^|[^\\])(\\\\)*(\$|\\z|\\Z)$`, p)
	msg := sprintf("pattern %q is not anchored with ^ and $: it accepts any value that merely contains a match", [p])
}
