# METADATA
# title: Reference cannot be resolved
# description: >-
#   A `$ref` points at nothing: the target pointer does not exist, the file cannot be read, or the
#   reference is malformed. Whatever it was meant to describe (a schema with its constraints, a
#   parameter, a security-relevant header) is missing for every tool that reads the document, so
#   validation and security checks silently skip it.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://spec.openapis.org/oas/v3.1.0#reference-object
# custom:
#   id: unresolved-ref
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [1286]
#   remediation: >-
#     Point the `$ref` at an existing component or file (check spelling, the `#/components/...` or
#     `#/definitions/...` path and relative file paths), or add the missing component.
package oasguard.rules.structure.unresolved_ref

import data.oasguard.lib

statuses := {"missing": "does not resolve", "invalid": "is malformed", "unreadable": "names a file that cannot be read", "cycle": "loops back to itself"}

findings contains lib.finding(r, msg) if {
	some r in input.refs
	what := statuses[r.status]
	msg := sprintf("$ref %q %s%s", [r.ref, what, detail(r)])
}

detail(r) := sprintf(": %s", [r.error]) if {
	r.status != "missing"
	r.error != ""
} else := ""
