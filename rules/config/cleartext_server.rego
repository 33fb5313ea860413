# METADATA
# title: Server is reached over an unencrypted connection
# description: >-
#   A server (or Swagger 2.0 `schemes` entry) uses `http://` or `ws://`. Requests, responses and
#   anything they carry can be read and changed by anyone on the network path. Every written server is
#   reported once, whether it is declared at the root, on a path item or on an operation. Servers on
#   the loopback interface (`localhost`, `127.0.0.1`) are not reported; servers that carry credentials
#   are reported by `credentials-over-cleartext` instead.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://cwe.mitre.org/data/definitions/319.html
# custom:
#   id: cleartext-server
#   severity: medium
#   ruleset: recommended
#   owasp: [API8:2023]
#   cwe: [319]
#   remediation: >-
#     Serve the API over TLS only: use `https://` (or `wss://`) server URLs, or `schemes: [https]` in
#     Swagger 2.0, and remove the plain-text entries.
package oasguard.rules.config.cleartext_server

import data.oasguard.lib

findings contains lib.finding(lib.locate_server_url(s), msg) if {
	some s in lib.config_written_servers
	lib.config_cleartext_schemes[s.scheme]
	not lib.config_loopback_host(s.host)
	not lib.config_credentialed_server(s)
	msg := sprintf("%s server %q sends traffic unencrypted", [level_label(s), url(s)])
}

levels := {"root": "root-level", "path": "path-level", "operation": "operation-level"}

level_label(s) := object.get(levels, s.level, "operation-level")

url(s) := s.url if s.url != ""

else := sprintf("%s://%s%s", [s.scheme, s.host, s.base_path])
