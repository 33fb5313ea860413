# METADATA
# title: Payment card data returned in responses
# description: >-
#   A property named like a card verification code (cvv, cvc, card_security_code) or a full card
#   number (card_number, cardNumber, pan) belongs to a response schema and is not `writeOnly`. PCI DSS
#   forbids keeping verification codes after authorization and requires card numbers to be masked
#   when displayed. Properties limited to four characters (`maxLength` 4 or less, a last-four display)
#   and masked names (card_number_last4) are not reported, nor is the outcome of a check on the card
#   (cvc_check, cvv_result: "pass" or "fail"), which is not the card data itself.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cwe.mitre.org/data/definitions/359.html
# custom:
#   id: payment-card-in-response
#   severity: high
#   ruleset: recommended
#   owasp: [API3:2023]
#   cwe: [359, 200]
#   remediation: >-
#     Never return verification codes; return card numbers masked (last four digits) under a name that
#     says so. Mark the input-only properties `writeOnly: true` or use separate request and response
#     schemas.
package oasguard.rules.exposure.payment_card_in_response

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some name in lib.data_property_names
	lib.data_card_name(name)
	some [s, p] in lib.data_declarations(name)
	s.in_response
	not p.write_only
	ps := lib.data_prop_schema(p)
	object.get(ps, "type", "") in lib.data_scalar_types
	not masked(ps)
	msg := sprintf("property %q holds payment card data and is returned in responses; it is not writeOnly", [p.name])
}

masked(ps) if ps.keywords.maxLength <= 4
