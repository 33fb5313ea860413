# Helpers that move a finding's location from an element to the key that
# must change, so that editors and code-scanning annotations land on the
# line to edit (`in: query`, `scheme: basic`, `url`, `flow: implicit`).
# Every name starts with locate_.
package oasguard.lib

# locate_key is the location of el's member key.
locate_key(el, key) := {"pointer": concat("/", [el.pointer, escape(key)]), "file": object.get(el, "file", "")}

# locate_scheme_kind is the key that says which kind of HTTP authentication
# a security scheme uses: `scheme` (3.x `type: http`), or `type` for a
# Swagger 2.0 `type: basic`.
locate_scheme_kind(s) := locate_key(s, "type") if input.oas == "2.0"

else := locate_key(s, "scheme")

# locate_flow is where an OAuth flow is chosen: the flow's own key under
# `flows` (3.x), or the `flow` key of a Swagger 2.0 definition.
locate_flow(f) := f if contains(f.pointer, "/flows/")

else := locate_key(f, "flow")

# locate_server_url is the `url` key of a 3.x Server Object; Swagger 2.0
# servers already point at a key (`/schemes/N`, `/host`).
locate_server_url(s) := locate_key(s, "url") if regex.match(`/servers/[0-9]+$`, s.pointer)

else := s
