# METADATA
# title: Outgoing webhook registration documents no signature
# description: >-
#   An operation registers a URL that the API will call (a webhook, hook, callback or subscription with a
#   URL field, or an operation with `callbacks`), and nothing in the document says how receivers can check
#   that a delivery comes from this API: no signing secret is returned, no signature header is documented
#   on the callbacks, and neither the operation nor the API description mentions signatures. Receivers then
#   trust any caller that knows their URL.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xaa-unsafe-consumption-of-apis/
#   - https://cwe.mitre.org/data/definitions/345.html
# custom:
#   id: webhook-registration-without-signature
#   severity: low
#   ruleset: all
#   owasp: [API10:2023]
#   cwe: [345]
#   remediation: >-
#     Sign every delivery (an HMAC of the body and a timestamp with a per-endpoint secret), document the
#     signature header on the callback or webhook, and return the signing secret when the endpoint is
#     registered.
package oasguard.rules.consumption.webhook_registration_without_signature

import data.oasguard.lib

signature_words := `(?i)signature|signing|signed|hmac|webhook[ _-]?secret|verify (the )?(origin|sender)`

findings contains lib.finding(op, msg) if {
	some [op, s] in lib.sem_operations
	lib.sem_has_role(s, "webhook_registration")
	not documented
	not signed(op)
	msg := sprintf("%s registers an outgoing webhook (%s) but documents no signature receivers could verify", [lib.operation_label(op), lib.sem_evidence(s.role_evidence.webhook_registration)])
}

documented if regex.match(signature_words, object.get(input.info, "description", ""))

signed(op) if regex.match(signature_words, concat(" ", [op.summary, op.description]))

signed(op) if {
	some sid in lib.request_schemas(op) | lib.response_schemas(op)
	some p in input.schemas[sid].properties
	regex.match(`(?i)secret|signature|signing|hmac`, p.name)
}

signed(op) if {
	some cb in lib.callbacks
	cb.parent == op.pointer
	some p in cb.parameters
	regex.match(`(?i)signature|hmac`, p.name)
}
