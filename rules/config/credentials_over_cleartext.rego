# METADATA
# title: Credentials are sent over an unencrypted connection
# description: >-
#   An operation that requires an API key, HTTP credentials, an OAuth 2.0 or OpenID Connect token is
#   served by an `http://` or `ws://` server (or a Swagger 2.0 `http` scheme). Anyone on the network
#   path can read the credential and replay it. The server is reported once, with the number of
#   operations that send credentials through it; loopback servers are not reported.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/
#   - https://cwe.mitre.org/data/definitions/523.html
# custom:
#   id: credentials-over-cleartext
#   severity: high
#   ruleset: recommended
#   owasp: [API8:2023, API2:2023]
#   cwe: [319, 523]
#   remediation: >-
#     Serve every authenticated operation over TLS only: replace `http://`/`ws://` server URLs with
#     `https://`/`wss://`, or use `schemes: [https]` in Swagger 2.0.
package oasguard.rules.config.credentials_over_cleartext

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some s in lib.config_written_servers
	lib.config_cleartext_schemes[s.scheme]
	not lib.config_loopback_host(s.host)
	key := concat("#", [object.get(s, "file", ""), s.pointer])
	ops := [op |
		some op in lib.config_all_operations
		lib.config_requires_credentials(op)
		some t in object.get(op, "servers", [])
		concat("#", [object.get(t, "file", ""), t.pointer]) == key
	]
	count(ops) > 0
	msg := sprintf("credentials of %d operation(s), e.g. %s, are sent over unencrypted server %q", [count(ops), lib.operation_label(ops[0]), server_url(s)])
}

server_url(s) := s.url if s.url != ""

else := sprintf("%s://%s%s", [s.scheme, s.host, s.base_path])
