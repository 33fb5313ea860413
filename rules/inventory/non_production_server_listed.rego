# METADATA
# title: Non-production server published next to production
# description: >-
#   The document lists a development, test, QA, staging or sandbox server (by its host name or
#   description) together with production servers. Non-production deployments often run older code,
#   debug settings, weaker authentication or real data copies; publishing them alongside production
#   advertises that extra attack surface to every consumer of the document.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
# custom:
#   id: non-production-server-listed
#   severity: low
#   ruleset: recommended
#   owasp: [API9:2023]
#   cwe: [1059]
#   remediation: >-
#     Publish only production servers in the public document; keep non-production hosts in an
#     internal variant, and protect them like production (or take them off the internet).
package oasguard.rules.inventory.non_production_server_listed

import data.oasguard.lib

nonprod_host := `(^|[.-])(dev|devel|develop|development|test|testing|qa|uat|stage|staging|stg|sandbox|sbx|preprod|pre-prod|demo|int|integration)\d*([.-]|$)`

nonprod_words := `(?i)\b(dev\w*|test\w*|qa|uat|stag\w*|sandbox|pre-?prod\w*|demo|integration)\b`

findings contains lib.finding(lib.locate_server_url(s), msg) if {
	input.oas != "2.0"
	production_listed
	some s in input.servers
	nonprod(s)
	msg := sprintf("non-production server %q is published next to production servers", [s.url])
}

production_listed if {
	some p in input.servers
	production(p)
}

nonprod(s) if regex.match(nonprod_host, s.host)

nonprod(s) if {
	regex.match(nonprod_words, s.description)
	not regex.match(`(?i)\bprod`, s.description)
}

production(s) if {
	s.host != ""
	not nonprod(s)
	not lib.config_loopback_host(s.host)
	not lib.config_private_host(s.host)
}
