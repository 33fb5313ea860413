# METADATA
# title: Redirect target taken from a parameter
# description: >-
#   An operation answers with a redirect (301, 302, 303, 307, 308 or 3XX) and takes a redirect-like
#   parameter (redirect, redirect_uri, return_to, next, continue, url) that no `enum`, `const` or
#   `pattern` limits. If the Location header is built from it, attackers craft links on the trusted
#   domain that forward victims to phishing pages or leak OAuth codes and tokens (open redirect).
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa7-server-side-request-forgery/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html
# custom:
#   id: open-redirect-parameter
#   severity: medium
#   ruleset: recommended
#   owasp: [API7:2023]
#   cwe: [601]
#   remediation: >-
#     Redirect only to relative paths or to pre-registered URLs (exact match), and document the rule
#     with a `pattern` or `enum` on the parameter.
package oasguard.rules.ssrf.open_redirect_parameter

import data.oasguard.lib

redirect_statuses := {"301", "302", "303", "307", "308", "3XX"}

findings contains lib.finding(p, msg) if {
	some op in input.operations
	redirects(op)
	some p in op.parameters
	p.in in {"query", "path", "formData"}
	lib.data_redirect_name(p.name)
	not lib.data_allow_listed(lib.data_schema_of(p.schema))
	msg := sprintf("%s redirects and takes its target from %s parameter %q without an allow-list", [lib.operation_label(op), p.in, p.name])
}

findings contains lib.finding(p, msg) if {
	some op in input.operations
	redirects(op)
	some p in lib.data_request_properties(op)
	lib.data_redirect_name(p.name)
	not lib.data_allow_listed(lib.data_prop_schema(p))
	msg := sprintf("%s redirects and takes its target from body property %q without an allow-list", [lib.operation_label(op), p.name])
}

redirects(op) if {
	some r in op.responses
	redirect_statuses[r.status]
}
