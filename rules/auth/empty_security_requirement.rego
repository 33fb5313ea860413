# METADATA
# title: Security requirement is an empty object
# description: >-
#   A `security` array lists an empty requirement `{}`, or the root `security` is an empty array `[]`.
#   The first is an alternative that needs no credentials, so authentication becomes optional for every
#   operation it applies to, whatever the other alternatives require; the second leaves every operation
#   that does not declare its own security without authentication. Both are sometimes written by mistake
#   for "inherit the default".
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://spec.openapis.org/oas/v3.1.0#security-requirement-object
# custom:
#   id: empty-security-requirement
#   severity: medium
#   ruleset: all
#   owasp: [API2:2023]
#   cwe: [306]
#   remediation: >-
#     Remove the `{}` alternative unless anonymous access is intended; if it is, say so in the operation's
#     description.
package oasguard.rules.auth.empty_security_requirement

import data.oasguard.lib

findings contains lib.finding(r, msg) if {
	some r in lib.auth_written_requirements
	r.empty
	msg := "the security requirement {} lets callers skip authentication"
}

findings contains lib.finding(input.security, msg) if {
	input.security.source == "root"
	input.security.explicit_empty
	msg := "the root security is [], so operations without their own security require no authentication"
}
