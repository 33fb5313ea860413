# METADATA
# title: Reference to a remote document
# description: >-
#   A `$ref` points at a document on another host (`https://…`). The API's contract then depends on
#   content that a third party controls and can change at any time, and every tool that resolves the
#   document fetches it over the network. oasguard does not fetch it, so whatever it describes is not
#   checked. References over plain `http://` are reported by `remote-ref-over-http`.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xaa-unsafe-consumption-of-apis/
#   - https://cwe.mitre.org/data/definitions/829.html
# custom:
#   id: remote-ref
#   severity: low
#   ruleset: recommended
#   owasp: [API10:2023]
#   cwe: [829]
#   remediation: >-
#     Vendor the referenced document into the repository (pinned to a reviewed version) and reference
#     it by relative path, or restrict remote references to hosts you control.
package oasguard.rules.consumption.remote_ref

import data.oasguard.lib

findings contains lib.finding(r, msg) if {
	some r in input.refs
	r.status == "remote"
	not regex.match(`(?i)^http://`, r.ref)
	msg := sprintf("$ref %q depends on a remote document that is not checked", [r.ref])
}
