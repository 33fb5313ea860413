# METADATA
# title: Webhook or callback without authentication or signature
# description: >-
#   A webhook or callback request, sent by the API to its consumers, declares no security requirement
#   of its own, no signature or token header (`X-Signature`, `X-Hub-Signature-256`,
#   `Webhook-Signature`, `Authorization`, …) and no description of how it is signed. Receivers
#   cannot tell genuine deliveries from forged ones, so anyone who learns the receiving URL can inject
#   events. The document's root `security` does not count: it describes calls to the API, not calls
#   from it.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xaa-unsafe-consumption-of-apis/
#   - https://spec.openapis.org/oas/v3.1.0#callback-object
#   - https://cwe.mitre.org/data/definitions/345.html
# custom:
#   id: webhook-without-authentication
#   severity: low
#   ruleset: recommended
#   owasp: [API10:2023]
#   cwe: [345, 306]
#   remediation: >-
#     Sign every delivery (for example an HMAC of the body in a `Webhook-Signature` header, with a
#     timestamp against replay) and document the header as a required parameter, or declare the
#     credential the API presents with a `security` requirement on the webhook/callback operation.
package oasguard.rules.consumption.webhook_without_authentication

import data.oasguard.lib

credential_header := `(?i)signature|signed|hmac|digest|token|auth|api-?key|secret|x-hub-`

signature_words := `(?i)signature|signed|hmac|verif|authenticat|secret|mutual tls|mtls`

findings contains lib.finding(op, msg) if {
	some op in array.concat(lib.webhooks, lib.callbacks)
	not own_security(op)
	not credential_parameter(op)
	not regex.match(signature_words, concat(" ", [op.summary, op.description]))
	msg := sprintf("%s %s %s carries no authentication or signature that receivers can verify", [op.kind, upper(op.method), op.path])
}

own_security(op) if {
	op.security.source == "operation"
	not op.security.anonymous
}

credential_parameter(op) if {
	some p in op.parameters
	p.in in {"header", "query", "cookie"}
	regex.match(credential_header, p.name)
}
