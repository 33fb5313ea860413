# METADATA
# title: Server URL uses an undefined variable
# description: >-
#   A server URL contains a `{name}` placeholder that is not declared under the server's `variables`.
#   The placeholder has no default, so the URL cannot be resolved and clients, gateways and scanners
#   substitute nothing or guess a host.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://spec.openapis.org/oas/v3.1.0#server-variable-object
# custom:
#   id: server-variable-undefined
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [1286]
#   remediation: >-
#     Declare every placeholder of the URL under `variables` with a `default` (and an `enum` of the
#     allowed values), or write the value into the URL.
package oasguard.rules.config.server_variable_undefined

import data.oasguard.lib

findings contains lib.finding(s, msg) if {
	some s in lib.config_written_servers
	some m in regex.find_all_string_submatch_n(`\{([^{}]+)\}`, s.url, -1)
	name := m[1]
	not object.get(s, "variables", {})[name]
	msg := sprintf("server URL %q uses variable {%s}, which is not declared under variables", [s.url, name])
}
