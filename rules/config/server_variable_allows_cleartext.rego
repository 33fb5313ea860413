# METADATA
# title: Server variable allows an unencrypted scheme
# description: >-
#   A server variable lists `http` or `ws` (or an `http://`/`ws://` URL) among its allowed values
#   while the default resolves to an encrypted URL. Anyone who picks the other value, including
#   generated clients and configuration tooling, sends traffic and credentials in clear text.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/319.html
# custom:
#   id: server-variable-allows-cleartext
#   severity: medium
#   ruleset: recommended
#   owasp: [API8:2023]
#   cwe: [319]
#   remediation: >-
#     Remove `http`/`ws` values from the variable's `enum` (and from its `default`), so the server can
#     only be reached over TLS.
package oasguard.rules.config.server_variable_allows_cleartext

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some s in lib.config_written_servers
	not lib.config_cleartext_schemes[s.scheme]
	some name, v in object.get(s, "variables", {})
	some value in object.get(v, "enum", [])
	cleartext_value(value)
	msg := sprintf("server URL %q: variable {%s} allows the unencrypted value %q", [s.url, name, value])
}

cleartext_value(value) if lib.config_cleartext_schemes[lower(value)]

cleartext_value(value) if regex.match(`(?i)^(http|ws)://`, value)
