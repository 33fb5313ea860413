# METADATA
# title: Request property takes a URL without an allow-list
# description: >-
#   A request body property is a URL (`format: uri`/`url`, or named url, webhookUrl, callback_uri,
#   …) and no `enum`, `const` or `pattern` limits it. Servers that fetch such URLs (webhook delivery,
#   imports, link previews, avatars) can be made to call internal services and cloud metadata
#   endpoints (SSRF). This is a review signal.
# related_resources:
#   - https://owasp.org/API-Security/editions/2023/en/0xa7-server-side-request-forgery/
#   - https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html
# custom:
#   id: request-url-property
#   severity: info
#   ruleset: all
#   owasp: [API7:2023]
#   cwe: [918]
#   remediation: >-
#     Document the accepted schemes and hosts with a `pattern`, validate them on the server, block
#     private and link-local addresses after DNS resolution, and do not follow redirects blindly.
package oasguard.rules.ssrf.request_url_property

import data.oasguard.lib

findings contains lib.finding(p, msg) if {
	some [s, p, ps] in url_properties
	s.in_request
	not p.read_only
	object.get(ps, "type", "") in {"string", ""}
	not lib.data_allow_listed(ps)
	msg := sprintf("request property %q takes a URL without an allow-list (enum or pattern)", [p.name])
}

# url_properties are the declarations named like a URL, then those whose
# schema has a URL format: [schema, property, property schema].
url_properties contains [s, p, lib.data_prop_schema(p)] if {
	some name in lib.data_property_names
	lib.data_url_name(name)
	some [s, p] in lib.data_declarations(name)
}

url_properties contains [s, p, input.schemas[p.schema]] if {
	count(url_format_ids) > 0
	some id in lib.schema_ids("keyword", "properties")
	s := input.schemas[id]
	s.in_request
	some p in s.properties
	url_format_ids[p.schema]
	p.owner == id
}

# url_format_ids are the schemas with a URL format.
# Properties known to take a URL only from their examples or default.
url_properties contains [s, p, input.schemas[p.schema]] if {
	count(url_example_ids) > 0
	some id in lib.schema_ids("use", "request")
	s := input.schemas[id]
	some p in s.properties
	url_example_ids[p.schema]
	p.owner == id
}

url_example_ids := {id |
	some id in lib.schema_ids("use", "request")
	lib.sem_url_example(input.schemas[id])
}

url_format_ids := {id |
	some id in lib.schema_ids("keyword", "format")
	lib.data_url_formats[lower(input.schemas[id].format)]
}
