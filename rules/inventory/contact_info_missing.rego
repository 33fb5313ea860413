# METADATA
# title: API has no owner contact
# description: >-
#   `info.contact` is missing or gives neither an email address nor a URL. Nobody can tell who owns
#   the API, so security researchers cannot report vulnerabilities and incident responders cannot
#   reach the team; APIs without an owner are the ones that are forgotten and left running.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
#   - https://spec.openapis.org/oas/v3.1.0#contact-object
# custom:
#   id: contact-info-missing
#   severity: info
#   ruleset: all
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Add `info.contact` with the owning team's `name` and a monitored `email` or `url`.
package oasguard.rules.inventory.contact_info_missing

import data.oasguard.lib

findings contains lib.finding(input.info, "info.contact gives no email or URL of the API's owner") if {
	not reachable(object.get(input.info, "contact", {}))
}

reachable(c) if {
	is_object(c)
	some k in ["email", "url"]
	is_string(c[k])
	trim_space(c[k]) != ""
}
