# METADATA
# title: API version is not part of its URLs
# description: >-
#   Neither the server URLs nor the paths carry a version (`/v1`, `/2024-06-01`). Without one, an old
#   and a new version of the API cannot be told apart at the gateway, so old versions are hard to
#   inventory and retire. Guidelines differ (some prefer a header or media-type version): disable the
#   rule in `.oasguard.yaml` if your policy versions otherwise.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: api-version-not-in-url
#   severity: info
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Put the major version in the server URL or the path prefix (`https://api.example.com/v1`), or
#     disable this rule if your API is versioned by header or media type.
package oasguard.rules.inventory.api_version_not_in_url

import data.oasguard.lib

version_segment := `(^|/)(v[0-9]+([.][0-9]+)*|[0-9]{4}-[0-9]{2}(-[0-9]{2})?)(/|$)`

findings contains lib.finding(el, "neither the servers nor the paths carry an API version such as /v1") if {
	count(lib.operations) > 0
	not versioned
	el := info
}

versioned if {
	some s in lib.servers
	regex.match(version_segment, lower(s.resolved))
}

versioned if {
	some op in lib.operations
	regex.match(version_segment, lower(op.path))
}

info := i if {
	i := input.info
} else := {"pointer": "", "file": lib.root_file}
