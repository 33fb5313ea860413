# METADATA
# title: Sensitive personal data in the URL
# description: >-
#   A path or query parameter carries a government identifier (ssn, passport_number, tax_id), payment
#   card data (card_number, cvv), a date of birth, or a value declared `format: password`. URLs are
#   written to access logs, proxy and CDN logs, browser history and `Referer` headers, so the value
#   leaks far beyond the API. Credential-named parameters (token, api_key) are covered by the
#   authentication rules.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cwe.mitre.org/data/definitions/598.html
# custom:
#   id: sensitive-data-in-url
#   severity: medium
#   ruleset: recommended
#   owasp: [API3:2023]
#   cwe: [598, 359]
#   remediation: >-
#     Send the value in the request body (POST search) or in a header, or replace it by an opaque
#     server-issued identifier.
package oasguard.rules.exposure.sensitive_data_in_url

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some p in lib.parameters
	p.in in {"path", "query"}
	kind := sensitive_kind(p)
	msg := sprintf("%s parameter %q carries %s in the URL", [p.in, p.name, kind])
}

sensitive_kind(p) := "a password" if lower(object.get(lib.data_schema_of(p.schema), "format", "")) == "password"

else := name_kinds[p.name]

# name_kinds classifies each distinct parameter name once, not once per
# parameter.
name_kinds := {name: kind |
	some name in lib.parameter_names
	kind := name_kind(name)
}

name_kind(name) := "a government identifier" if lib.data_government_id_name(name)

else := "payment card data" if lib.data_card_name(name)

else := "a date of birth" if lib.data_birth_date_name(name)
