# METADATA
# title: Path parameter is not required
# description: >-
#   A path parameter is not marked `required: true`. The specification requires it (a path segment
#   cannot be absent), and tools disagree on what an optional path parameter means: some generate
#   routes such as `/users//orders` or skip validation of the segment altogether.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/
#   - https://spec.openapis.org/oas/v3.1.0#fixed-fields-9
# custom:
#   id: path-parameter-not-required
#   severity: low
#   ruleset: all
#   owasp: [API4:2023]
#   cwe: [1068]
#   remediation: >-
#     Add `required: true` to the path parameter.
package oasguard.rules.hygiene.path_parameter_not_required

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some p in lib.parameters
	p.in == "path"
	not p.required == true
	msg := sprintf("path parameter %q is not marked required: true", [p.name])
}
