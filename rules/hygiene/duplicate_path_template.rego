# METADATA
# title: Equivalent path templates
# description: >-
#   Two path templates differ only in the names of their variables (`/users/{id}` and
#   `/users/{userId}`): they match exactly the same requests. The specification forbids it, and which
#   path item serves a request, with which parameters, validation and security, is left to the
#   router.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
#   - https://spec.openapis.org/oas/v3.1.0#paths-object
# custom:
#   id: duplicate-path-template
#   severity: low
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [1068]
#   remediation: Merge the two path items into one, with one name for each path variable.
package oasguard.rules.hygiene.duplicate_path_template

import data.oasguard.lib

# keyed pairs each path item with its template stripped of variable names,
# sorted so that equivalent templates are adjacent.
keyed := sort([[normalize(p.path), p.path, i] | some i, p in input.paths])

findings contains lib.finding(input.paths[cur[2]], msg) if {
	some i, cur in keyed
	i > 0
	prev := keyed[i - 1]
	cur[0] == prev[0]
	msg := sprintf("path %s matches the same requests as %s", [cur[1], prev[1]])
}

normalize(path) := regex.replace(path, `\{[^{}]*\}`, "{}")
