# METADATA
# title: Server URL is malformed
# description: >-
#   A server URL cannot be what its author meant: it has no scheme but starts with a host name (so it
#   is read as a relative path under the document's own location), has a scheme but no host, uses a
#   scheme that is not HTTP or WebSocket, or contains white space. In Swagger 2.0, `host` contains a
#   scheme or a path. Clients and gateways built from the document then call an unintended address.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://spec.openapis.org/oas/v3.1.0#server-object
# custom:
#   id: server-url-malformed
#   severity: low
#   ruleset: all
#   owasp: [API8:2023]
#   cwe: [1286]
#   remediation: >-
#     Write absolute server URLs with an explicit `https://` scheme and a host, or a relative path that
#     starts with `/`; in Swagger 2.0 put only the host (and port) in `host` and the scheme in `schemes`.
package oasguard.rules.config.server_url_malformed

import data.oasguard.lib

known_schemes := {"http", "https", "ws", "wss"}

findings contains lib.finding(lib.locate_server_url(s), msg) if {
	input.oas != "2.0"
	some s in lib.config_written_servers
	some problem in problems(s)
	msg := sprintf("server URL %q %s", [s.url, problem])
}

findings contains lib.finding({"pointer": "/host"}, msg) if {
	input.oas == "2.0"
	host := input.document.host
	is_string(host)
	regex.match(`://|/|\s`, host)
	msg := sprintf("host %q must be a host name and optional port, without scheme or path", [host])
}

problems(s) := ((white_space(s) | no_scheme(s)) | no_host(s)) | unknown_scheme(s)

white_space(s) := {"contains white space" | regex.match(`\s`, s.url)}

no_scheme(s) := {"has no scheme: it is read as a path relative to the document, not as a host" |
	s.scheme == ""
	regex.match(`^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(:\d+)?(/|$)`, s.resolved)
}

no_host(s) := {"has a scheme but no host" |
	s.scheme != ""
	s.host == ""
}

unknown_scheme(s) := {sprintf("uses scheme %q, which is not HTTP or WebSocket", [s.scheme]) |
	s.scheme != ""
	not known_schemes[s.scheme]
	not contains(s.resolved, "{")
}
