# METADATA
# title: Reference escapes the document's directory
# description: >-
#   A `$ref` names a file outside the directory the scan is allowed to read (by default the
#   document's own directory, or the root of the git repository that contains it; see `--ref-root`), for example `../../secrets/keys.yaml`. It was not followed. A document
#   that reaches outside its own tree is fragile at best and, when processed by a service that resolves
#   references, a path-traversal vector that can disclose local files.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/22.html
# custom:
#   id: ref-outside-root
#   severity: medium
#   ruleset: recommended
#   owasp: [API8:2023]
#   cwe: [22]
#   remediation: >-
#     Keep every referenced file inside the specification's directory tree and reference it with a
#     relative path that stays inside it; or widen `--ref-root` if the layout is intended.
package oasguard.rules.structure.ref_outside_root

import data.oasguard.lib

findings contains lib.finding(r, msg) if {
	some r in input.refs
	r.status == "outside-root"
	msg := sprintf("$ref %q points outside the allowed directory and was not followed", [r.ref])
}
