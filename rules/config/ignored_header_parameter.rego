# METADATA
# title: Content-Type or Accept declared as a header parameter
# description: >-
#   An OpenAPI 3 operation declares a header parameter named `Content-Type` or `Accept`. The
#   specification says such parameters SHALL be ignored: the media types come from `requestBody.content`
#   and the response `content` maps. Whatever constraint the parameter expresses (an enum of allowed
#   types, for instance) is enforced by no tool, so the accepted and returned types are not what the
#   document appears to say. (`Authorization` is covered by `authorization-header-parameter`.)
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://spec.openapis.org/oas/v3.1.0#fixed-fields-9
# custom:
#   id: ignored-header-parameter
#   severity: info
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [1068]
#   remediation: >-
#     Remove the parameter; declare the accepted types as keys of `requestBody.content` and the returned
#     types as keys of each response's `content`.
package oasguard.rules.config.ignored_header_parameter

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	input.oas != "2.0"
	some p in lib.parameters
	p.in == "header"
	lower(p.name) in {"content-type", "accept"}
	msg := sprintf("header parameter %q is ignored by OpenAPI 3: media types belong in content maps", [p.name])
}
