# METADATA
# title: API version is not a version number
# description: >-
#   `info.version` contains no version number (for example `latest`, `current`, `beta`). Consumers,
#   gateways and inventories cannot tell which revision of the API a document describes, so old and
#   new revisions, with different security properties, cannot be told apart or retired.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
#   - https://semver.org/
# custom:
#   id: api-version-not-numbered
#   severity: info
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Set `info.version` to the document's version, preferably semantic (`1.4.0`), or a date version
#     (`2024-05-01`), and change it with every published revision.
package oasguard.rules.inventory.api_version_not_numbered

import data.oasguard.lib

findings contains lib.finding(input.info, msg) if {
	v := input.info.version
	is_string(v)
	not regex.match(`\d`, v)
	msg := sprintf("info.version %q is not a version number", [v])
}
