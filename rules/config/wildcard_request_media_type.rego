# METADATA
# title: Request body accepts any media type
# description: >-
#   A request body is declared for a wildcard media type such as `*/*` or `application/*`. The server
#   then promises to parse whatever the client sends, which exposes every parser the framework has
#   (XML, form data, serialized objects) and defeats content-type checks in gateways and WAFs. A
#   request body reused from `components/requestBodies` is reported once.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/436.html
# custom:
#   id: wildcard-request-media-type
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [436]
#   remediation: >-
#     List the exact media types the operation accepts (for example `application/json`, or
#     `application/octet-stream` for raw uploads) and reject everything else with `415`.
package oasguard.rules.config.wildcard_request_media_type

import data.oasguard.lib

findings contains lib.finding(m, msg) if {
	some op in input.operations
	some m in op.request_body.content
	endswith(trim_space(split(m.media_type, ";")[0]), "/*")
	msg := sprintf("request body accepts the wildcard media type %q", [m.media_type])
}
