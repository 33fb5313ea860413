# METADATA
# title: Secret or token returned with an ordinary object
# description: >-
#   A property named like a credential (client_secret, webhookSecret, api_key, private_key,
#   access_token, refreshToken, …) belongs to a response schema and is not `writeOnly`. When the
#   object is read back (list, get), every caller allowed to read it also gets the credential.
#   Schemas that issue credentials on purpose are not reported: those named like token, session,
#   login, credential, key or creation results, and those that carry an expiry or `token_type` beside
#   the token. Pagination and idempotency tokens (next_page_token, NextToken, ClientRequestToken) and
#   counters (max_tokens, prompt_tokens) are not credentials, nor is a language model's output token
#   (a `token` beside its `logprob`). A credential that an operation issuing credentials returns
#   (POST /keys, GET /clients/{id}/credentials) is the feature, and a property whose description says
#   it is never returned is input only.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cwe.mitre.org/data/definitions/200.html
# custom:
#   id: secret-in-response
#   severity: medium
#   ruleset: recommended
#   owasp: [API3:2023]
#   cwe: [200, 522]
#   remediation: >-
#     Return a credential only once, from the operation that creates it, in a dedicated schema; mark
#     the property `writeOnly: true` in the object's schema (OpenAPI 3.x) or return a masked hint
#     (last four characters) instead.
package oasguard.rules.exposure.secret_in_response

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some name in lib.data_property_names
	credential(name)
	some [s, p] in lib.data_declarations(name)
	s.in_response
	not p.write_only
	not lib.data_issued(s)
	not issuing_schema(s)
	not lib.data_language_model_token(s)
	not lib.data_prose_write_only(lib.data_prop_description(p))
	lib.data_prop_type(p) in lib.data_scalar_types
	msg := sprintf("property %q holds a credential and is returned in responses; it is not writeOnly", [p.name])
}

# Credentials and key material that only the semantic layer recognises: by
# description ("The API key used to ..."), by example (a JWT, a PEM private
# key), or one-time and verification codes.
findings contains lib.finding(d, msg) if {
	some class in ["credential", "key_material"]
	some d in lib.sem_data_of(class)
	d.kind == "property"
	d.in_response
	not d.write_only
	not credential(d.name)
	not lib.data_password_name(d.name)
	not issuing_schema(input.schemas[d.owner])
	not lib.data_issued(input.schemas[d.owner])
	msg := sprintf("property %q holds a credential (%s) and is returned in responses; it is not writeOnly", [d.name, lib.sem_evidence(d.evidence[class])])
}

credential(name) if lib.data_secret_name(name)

credential(name) if lib.data_token_name(name)

# issuing_schema is a schema meant to hand out a credential.
issuing_schema(s) if {
	some p in s.properties
	expiry_name(p.name)
}

expiry_name(name) if {
	some w in lib.data_words(name)
	w in {"expires", "expiry", "expiration", "ttl", "expire"}
}

expiry_name(name) if lib.data_joined(name) == "tokentype"
