# METADATA
# title: Older version of an endpoint still published without deprecation
# description: >-
#   The same resource is published under two or more version segments (`/v1/users/{id}` and
#   `/v2/users/{id}`) and an older one is not marked `deprecated`. Old versions tend to keep the weaknesses
#   the new one fixed (missing checks, excessive data), stay out of monitoring, and are the first thing an
#   attacker tries; without deprecation nobody is told to move off them.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
#   - https://cwe.mitre.org/data/definitions/1059.html
# custom:
#   id: older-version-not-deprecated
#   severity: low
#   ruleset: recommended
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Mark the operations of the older version `deprecated: true`, announce a sunset date (a `Sunset`
#     header), and retire it; or remove it from the published document if it is already gone.
package oasguard.rules.inventory.older_version_not_deprecated

import data.oasguard.lib

findings contains lib.finding(m, msg) if {
	some fam in input.semantic.versions
	newest := [x | some x in fam.members; x.newest][0]
	some m in fam.members
	not m.newest
	not m.deprecated
	msg := sprintf("%s is an older version (%s) of %s (%s) and is still published without being deprecated", [m.path, m.version, newest.path, newest.version])
}
