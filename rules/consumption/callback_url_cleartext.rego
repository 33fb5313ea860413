# METADATA
# title: Callback URL uses plain HTTP
# description: >-
#   A callback is declared with an `http://` URL expression (for example
#   `http://notify.example.com?id={$request.body#/id}`). The API will deliver event data, and any
#   credential or signature it attaches, unencrypted; anyone on the path can read or alter the
#   notifications that the consumer then trusts.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xaa-unsafe-consumption-of-apis/
#   - https://cwe.mitre.org/data/definitions/319.html
# custom:
#   id: callback-url-cleartext
#   severity: medium
#   ruleset: recommended
#   owasp: [API10:2023, API8:2023]
#   cwe: [319]
#   remediation: >-
#     Use `https://` callback URLs, and have the API refuse to register or call `http://` callback
#     targets.
package oasguard.rules.consumption.callback_url_cleartext

import data.oasguard.lib

findings contains lib.finding(op, msg) if {
	some op in lib.callbacks
	regex.match(`(?i)^\s*(http|ws)://`, op.path)
	msg := sprintf("callback %s %s is delivered over an unencrypted connection", [upper(op.method), op.path])
}
