# METADATA
# title: Email address or phone number in the URL
# description: >-
#   A path or query parameter carries an email address or a phone number (by name, or `format: email`).
#   URLs are written to access logs, proxy and CDN logs, browser history and `Referer` headers, which
#   spreads personal data to systems that are not meant to hold it.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
#   - https://cwe.mitre.org/data/definitions/598.html
# custom:
#   id: contact-data-in-url
#   severity: low
#   ruleset: recommended
#   owasp: [API3:2023]
#   cwe: [598, 359]
#   remediation: >-
#     Look people up by an opaque identifier, or send the address in the body of a POST search.
package oasguard.rules.exposure.contact_data_in_url

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some p in lib.parameters
	p.in in {"path", "query"}
	kind := contact_kind(p)
	msg := sprintf("%s parameter %q carries %s in the URL", [p.in, p.name, kind])
}

contact_kind(p) := "an email address" if lower(object.get(lib.data_schema_of(p.schema), "format", "")) in {"email", "idn-email"}

else := name_kinds[p.name]

# name_kinds classifies each distinct parameter name once, not once per
# parameter.
name_kinds := {name: kind |
	some name in lib.parameter_names
	kind := name_kind(name)
}

name_kind(name) := "an email address" if lib.data_email_name(name)

else := "a phone number" if lib.data_phone_name(name)
