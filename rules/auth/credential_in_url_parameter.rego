# METADATA
# title: Credential passed in the URL
# description: >-
#   A path or query parameter is named like a credential (`password`, `api_key`, `access_token`, `secret`,
#   `jwt`, …). Values in URLs are written to server and proxy access logs, browser history and `Referer`
#   headers, so the credential leaks to anyone who can read those. Pagination cursors such as `pageToken`
#   and non-string parameters are not reported, nor is the parameter of an `apiKey` security scheme
#   (api-key-in-query reports the scheme). The same parameter written inline on many operations is one
#   convention of the API: it is reported once, at its first declaration, with the others as occurrences.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://cwe.mitre.org/data/definitions/598.html
# custom:
#   id: credential-in-url-parameter
#   severity: medium
#   ruleset: recommended
#   owasp: [API2:2023]
#   cwe: [598]
#   remediation: >-
#     Send credentials in a header (`Authorization`) or in the request body, and declare them as a
#     security scheme rather than as a parameter.
package oasguard.rules.auth.credential_in_url_parameter

import data.oasguard.lib

findings contains lib.finding_at_fix(lib.locate_key(p, "in"), msg, fix, fix_msg) if {
	some p in flagged
	fix := lib.repeated_fix(flagged, p)
	msg := sprintf("%s parameter %q looks like a credential; values in URLs are logged", [p.in, p.name])
	fix_msg := sprintf("%s parameter %q looks like a credential and is declared on several operations; values in URLs are logged", [p.in, p.name])
}

flagged contains p if {
	some p in lib.parameters
	p.in in {"path", "query"}
	credential_name(p.name, p.in)
	not non_string(p)
	not scheme_parameter(p)
}

# scheme_parameter is the parameter of an apiKey security scheme, documented
# again on operations: api-key-in-query reports the scheme.
scheme_parameter(p) if {
	some s in input.security_schemes
	s.type == "apiKey"
	s.in == p.in
	lower(s.param_name) == lower(p.name)
}

# Credentials the semantic layer recognises beyond names: by description,
# by a JWT or live-key example, one-time and verification codes.
findings contains lib.finding(lib.locate_key(d, "in"), msg) if {
	some d in lib.sem_data_of("credential")
	d.kind == "parameter"
	d.in in {"path", "query"}
	not credential_name(d.name, d.in)
	msg := sprintf("%s parameter %q looks like a credential (%s); values in URLs are logged", [d.in, d.name, lib.sem_evidence(d.evidence.credential)])
}

# credential_name matches credential-like names. Path parameters named
# `authorization` or `auth` usually identify a resource (e.g. a payment
# authorization), so those two names count in the query only.
credential_name(name, where) if {
	n := normalized(name)
	regex.match(`(password|passwd|passphrase|secret|apikey|accesstoken|refreshtoken|idtoken|authtoken|sessiontoken|bearertoken|jwt|privatekey|secretkey)$|^(token|pwd|accesskey)$`, n)
	not regex.match(`(page|next|continuation|cursor|sync|resume|pagination|prev|previous|delta|start|csrf|xsrf|captcha)token$`, n)
}

credential_name(name, "query") if normalized(name) in {"auth", "authorization"}

normalized(name) := regex.replace(lower(name), `[-_. \[\]]`, "")

non_string(p) if {
	s := input.schemas[p.schema]
	s.type in {"boolean", "integer", "number"}
}
