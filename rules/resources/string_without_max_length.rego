# METADATA
# title: String input without maxLength
# description: >-
#   A string that clients send (in a request body or a parameter) has no upper bound on its length:
#   no `maxLength`, `enum`, `const`, bounded `format` (date, uuid, email…) or anchored pattern
#   without unbounded repetition. Unbounded strings let a client push megabytes into every field,
#   exhausting memory, storage and downstream systems. Response-only strings are not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://cwe.mitre.org/data/definitions/770.html
# custom:
#   id: string-without-max-length
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [770]
#   remediation: >-
#     Add `maxLength` with the largest length the field legitimately needs, or constrain the value
#     with `enum`, a bounded `format`, or an anchored pattern such as `^[a-z0-9-]{1,64}$`.
package oasguard.rules.resources.string_without_max_length

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some id in candidate_ids
	s := input.schemas[id]
	s.type == "string"
	lib.resources_input_schema(s)
	not lib.resources_file_ids[s.id]
	not lib.resources_bounded_string(s)
	not lib.resources_allof_branches[s.id]
	msg := sprintf("%s accepts values of any length: it has no maxLength, enum, const, bounded format or bounded pattern", [label(s)])
}

# candidate_ids are the input strings less those with a maxLength or enum of
# their own, which bound them (constrained_string) without further checks.
candidate_ids := (lib.resources_input_ids("string") - lib.resources_keyword_ids("maxLength")) - lib.resources_keyword_ids("enum")

label(s) := sprintf("string property %q", [name]) if {
	name := lib.resources_property_name(s)
	name != ""
} else := "string input"
