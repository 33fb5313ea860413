# METADATA
# title: Server points at a local or private network address
# description: >-
#   A server URL names `localhost`, a loopback or private IP address (10/8, 172.16/12, 192.168/16,
#   link-local, IPv6 unique-local) or a host under a local-only domain (`.local`, `.internal`, `.lan`,
#   `.corp`). A published document that lists such a server was exported from a development build or
#   discloses internal network layout, and clients that follow it reach the wrong host.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/
#   - https://owasp.org/API-Security/editions/2023/en/0xa9-improper-inventory-management/
#   - https://cwe.mitre.org/data/definitions/200.html
# custom:
#   id: server-local-address
#   severity: low
#   ruleset: recommended
#   owasp: [API8:2023, API9:2023]
#   cwe: [200]
#   remediation: >-
#     List only the public host names of the deployed API in published documents; keep development
#     servers in a separate, unpublished variant of the document.
package oasguard.rules.config.server_local_address

import data.oasguard.lib

findings contains lib.finding(lib.locate_server_url(s), msg) if {
	some s in lib.config_written_servers
	kind := address_kind(s.host)
	msg := sprintf("server %q points at %s", [s.url, kind])
}

address_kind(host) := "the local machine" if lib.config_loopback_host(host)

else := "a private network address or local-only name" if lib.config_private_host(host)
